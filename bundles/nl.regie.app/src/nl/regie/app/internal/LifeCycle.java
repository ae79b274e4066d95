// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.regie.model.edit.RegieEditAdapterFactory;
import nl.regie.store.ConflictException;
import nl.regie.store.StoreException;
import nl.regie.store.WorkspaceStore;
import nl.regie.ui.parts.PolicyExplorerPart;
import nl.regie.ui.session.WorkspaceSession;

/**
 * Prepares the application context before the workbench model is rendered: the item-provider adapter factory every
 * part labels with, and the {@link WorkspaceSession} on the user's store (the {@code WorkspaceStore} OSGi service),
 * which loads the saved workspace in a job. Keeps the window title and the Policy Explorer's dirty mark in step
 * with the session.
 */
public class LifeCycle {

    private WorkspaceSession session;
    private MWindow window;
    private MPart explorer;
    private nl.regie.store.Accounts accounts;
    /** Who the store works as, once it is open; null before (or without accounts service). */
    private nl.regie.store.Account account;

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        AdapterFactory adapterFactory = RegieEditAdapterFactory.createComposed();
        context.set(AdapterFactory.class, adapterFactory);
        LoginDialog.askIfNeeded();
        WorkspaceStore store = context.get(WorkspaceStore.class);
        if (store == null) {
            Display.getDefault().asyncExec(() -> MessageDialog.openError(null, Messages.Problem_title, Messages.Problem_noStore));
            return;
        }
        UISynchronize ui = context.get(UISynchronize.class);
        session = new WorkspaceSession(context, store, context.get(nl.regie.store.SignalStore.class), adapterFactory, ui,
                problem -> show(problem, context));
        session.addListener(this::update);
        context.set(WorkspaceSession.class, session);
        accounts = context.get(nl.regie.store.Accounts.class);
    }

    /** Opens the workspace once the model is there to show it; names it in the window title. */
    @ProcessAdditions
    void processAdditions(MApplication application, EModelService models,
            @org.eclipse.e4.core.di.annotations.Optional org.eclipse.e4.core.services.log.Logger logger) {
        if (!application.getChildren().isEmpty()) {
            window = application.getChildren().get(0);
        }
        explorer = (MPart) models.find(PolicyExplorerPart.ID, application);
        hideCustomizedParts(application, models, logger);
        if (session != null) {
            session.open();
        }
    }

    /**
     * Parts an organisation does not use, hidden by its product customization (the preference
     * {@code nl.regie.app/hiddenParts} in plugin_customization.ini: part ids, comma-separated); the Policy Explorer
     * always stays. What is hidden is written to the log, so that a support desk can see why a part is missing.
     */
    private static void hideCustomizedParts(MApplication application, EModelService models,
            org.eclipse.e4.core.services.log.Logger log) {
        String hidden = org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE.getNode("nl.regie.app")
                .get("hiddenParts", "");
        java.util.List<String> done = new java.util.ArrayList<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String id : hidden.split(",")) {
            String part = id.strip();
            if (part.isEmpty() || part.equals(PolicyExplorerPart.ID)) {
                continue;
            }
            if (models.find(part, application) instanceof MPart found) {
                found.setToBeRendered(false);
                found.setVisible(false);
                done.add(part);
            } else {
                unknown.add(part);
            }
        }
        if (log == null) {
            return;
        }
        if (!done.isEmpty()) {
            log.info("Parts hidden by the product customization (nl.regie.app/hiddenParts): " + String.join(", ", done));
        }
        if (!unknown.isEmpty()) {
            log.warn("nl.regie.app/hiddenParts names parts this Regie does not have: " + String.join(", ", unknown));
        }
    }

    private void update(WorkspaceSession changed) {
        boolean dirty = changed.isDirty();
        if (account == null && accounts != null && changed.municipality() != null) {
            try {
                account = accounts.current(); // the store is open once a workspace is loaded: no I/O here
            } catch (StoreException notOpen) {
                // the load failed and was reported; the title stays plain
            }
        }
        if (account != null && !account.role().mayEdit()) {
            changed.setReadOnly(true); // the database refuses a save anyway; this keeps edits from starting
        }
        if (window != null && changed.municipality() != null) {
            String name = changed.municipality().getName();
            window.setLabel((dirty ? "*" : "") + (account == null || !loggedIn()
                    ? NLS.bind(Messages.Window_title, name)
                    : NLS.bind(Messages.Window_titleRole, new Object[] { name, account.login(), roleLabel(account) })));
        }
        if (explorer != null) {
            explorer.setDirty(dirty);
        }
    }

    /** True when the product logs in to a shared database (then the title names the login and its role). */
    private static boolean loggedIn() {
        return !System.getProperty("regie.store.user", "").isBlank();
    }

    private static String roleLabel(nl.regie.store.Account account) {
        return switch (account.role()) {
            case ADMINISTRATOR -> Messages.Role_ADMINISTRATOR;
            case ANALYST -> Messages.Role_ANALYST;
            case PARTNER -> NLS.bind(Messages.Role_PARTNER, account.partnerId());
            case VIEWER -> Messages.Role_VIEWER;
        };
    }

    private void show(StoreException problem, IEclipseContext context) {
        Shell shell = context.get(Shell.class) instanceof Shell active ? active : Display.getDefault().getActiveShell();
        if (problem instanceof ConflictException conflict) {
            MessageDialog dialog = new MessageDialog(shell, Messages.Problem_conflictTitle, null,
                    problem.getLocalizedMessage() + "\n\n" + Messages.Problem_conflictChoiceMerge, MessageDialog.WARNING,
                    0, Messages.Problem_merge, Messages.Problem_reload, Messages.Problem_saveOver, Messages.Quit_cancel);
            switch (dialog.open()) {
                case 0 -> session.merge((merge, theirs) -> {
                    Shell current = Display.getDefault().getActiveShell();
                    nl.regie.ui.session.MergeDialog merging = new nl.regie.ui.session.MergeDialog(current, merge, theirs,
                            context.get(AdapterFactory.class));
                    int answer = merging.open();
                    if (answer == org.eclipse.jface.window.Window.OK) {
                        session.saveMerged(merge.result(), theirs.number());
                    } else if (answer == nl.regie.ui.session.MergeDialog.RELOAD) {
                        session.open();
                    }
                });
                case 1 -> session.open();
                case 2 -> session.saveOver(conflict.latest().number());
                default -> {
                    // keep working; the changes stay unsaved
                }
            }
            return;
        }
        MessageDialog.openError(shell, Messages.Problem_title, problem.getLocalizedMessage());
    }
}
