// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import nl.regie.app.internal.Messages;
import nl.regie.ui.session.WorkspaceSession;
import nl.regie.update.ProductUpdate;
import nl.regie.update.UpdateException;

/**
 * Help > Check for updates (Updates zoeken): asks for the update site (the product customization's
 * {@code nl.regie.update/site}, or the one used last), looks for updates in a job, offers what it found, installs it in
 * a second job and restarts the workbench, unless there are unsaved changes. The checking and installing run as
 * cancellable jobs with progress; the window stays usable.
 */
public class UpdateHandler {

    /** Preference node and key of the update site; an IT department sets it in plugin_customization.ini. */
    public static final String NODE = "nl.regie.update";
    public static final String SITE = "site";

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ProductUpdate updates,
            @Optional WorkspaceSession session, UISynchronize ui, IWorkbench workbench) {
        if (updates == null) {
            MessageDialog.openError(shell, Messages.Update_title, Messages.Update_unavailable);
            return;
        }
        InputDialog ask = new InputDialog(shell, Messages.Update_title, Messages.Update_askSite,
                InstanceScope.INSTANCE.getNode(NODE).get(SITE, DefaultScope.INSTANCE.getNode(NODE).get(SITE, "")), text -> site(text) == null
                        ? NLS.bind(Messages.Update_badSite, text) : null);
        if (ask.open() != Window.OK) {
            return;
        }
        URI site = site(ask.getValue());
        remember(ask.getValue().strip());
        Job check = Job.create(NLS.bind(Messages.Update_checking, site), monitor -> {
            try {
                ProductUpdate.Plan plan = updates.check(site, monitor);
                ui.asyncExec(() -> offer(shell, updates, site, plan, session, ui, workbench));
                return Status.OK_STATUS;
            } catch (UpdateException e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, Messages.Update_title, e.getMessage()));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        check.setUser(true);
        check.schedule();
    }

    private static void offer(Shell shell, ProductUpdate updates, URI site, ProductUpdate.Plan plan,
            WorkspaceSession session, UISynchronize ui, IWorkbench workbench) {
        if (shell.isDisposed()) {
            return;
        }
        if (plan.upToDate()) {
            MessageDialog.openInformation(shell, Messages.Update_title, NLS.bind(Messages.Update_upToDate, site));
            return;
        }
        String changes = plan.changes().stream().map(change -> "  " + change).collect(Collectors.joining("\n"));
        MessageDialog question = new MessageDialog(shell, Messages.Update_title, null,
                NLS.bind(Messages.Update_offer, site, changes), MessageDialog.QUESTION, 0, Messages.Update_install,
                Messages.Update_later);
        if (question.open() != 0) {
            return;
        }
        Job install = Job.create(NLS.bind(Messages.Update_installing, site), monitor -> {
            try {
                ProductUpdate.Plan done = updates.update(site, monitor);
                ui.asyncExec(() -> restart(shell, done, session, workbench));
                return Status.OK_STATUS;
            } catch (UpdateException e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, Messages.Update_title, e.getMessage()));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        install.setUser(true);
        install.schedule();
    }

    private static void restart(Shell shell, ProductUpdate.Plan done, WorkspaceSession session, IWorkbench workbench) {
        if (shell.isDisposed()) {
            return;
        }
        if (session != null && session.isDirty()) {
            MessageDialog.openInformation(shell, Messages.Update_title, Messages.Update_installedSaveFirst);
            return;
        }
        MessageDialog question = new MessageDialog(shell, Messages.Update_title, null, Messages.Update_installed,
                MessageDialog.QUESTION, 0, Messages.Update_restart, Messages.Update_later);
        if (question.open() == 0) {
            workbench.restart();
        }
    }

    /** The update site typed: a URL with a scheme, or a folder (as a file: URL); null if it is neither. */
    static URI site(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            if (typed.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !typed.matches("^[a-zA-Z]:[\\\\/].*")) {
                URI uri = new URI(typed);
                return uri.getScheme() != null && (uri.getPath() != null || uri.getSchemeSpecificPart() != null) ? uri
                        : null;
            }
            return Path.of(typed).toAbsolutePath().normalize().toUri();
        } catch (java.net.URISyntaxException | InvalidPathException e) {
            return null;
        }
    }

    private static void remember(String site) {
        var node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(SITE, site);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // only a convenience for next time
        }
    }
}
