// SPDX-License-Identifier: EPL-2.0
package nl.regie.app.internal.handlers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
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
 * Checking for and installing updates from the workbench: the update site is asked (the product customization's
 * {@code nl.regie.update/site}, or the one this user chose last), the site is checked in a job, what it offers is
 * listed for the user to accept, installed in a second job, and the workbench restarts (the start script starts it
 * again), unless there are unsaved changes. Both jobs show progress and can be cancelled; the window stays usable.
 */
final class UpdateFlow {

    private static final Set<String> SCHEMES = Set.of("http", "https", "file", "jar");

    private UpdateFlow() {
    }

    static void start(Shell shell, IEclipseContext context, WorkspaceSession session, UISynchronize ui,
            IWorkbench workbench) {
        ProductUpdate updates = context.get(ProductUpdate.class);
        if (updates == null) {
            MessageDialog.openError(shell, Messages.Update_title, Messages.Update_unavailable);
            return;
        }
        String preset = DefaultScope.INSTANCE.getNode(UpdateHandler.NODE).get(UpdateHandler.SITE, "");
        InputDialog ask = new InputDialog(shell, Messages.Update_title, Messages.Update_askSite,
                InstanceScope.INSTANCE.getNode(UpdateHandler.NODE).get(UpdateHandler.SITE, preset),
                text -> site(text) == null ? NLS.bind(Messages.Update_badSite, text) : null);
        if (ask.open() != Window.OK) {
            return;
        }
        URI site = site(ask.getValue());
        remember(ask.getValue().strip(), preset);
        job(NLS.bind(Messages.Update_checking, site), false, monitor -> {
            ProductUpdate.Plan plan = updates.check(site, monitor);
            ui.asyncExec(() -> offer(shell, updates, site, plan, session, ui, workbench));
        }, shell, ui).schedule();
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
        job(NLS.bind(Messages.Update_installing, site), true, monitor -> {
            ProductUpdate.Plan done = updates.update(site, monitor);
            ui.asyncExec(() -> restart(shell, done, session, workbench));
        }, shell, ui).schedule();
    }

    private static void restart(Shell shell, ProductUpdate.Plan done, WorkspaceSession session, IWorkbench workbench) {
        if (shell.isDisposed()) {
            return;
        }
        if (!done.restartNeeded()) {
            MessageDialog.openInformation(shell, Messages.Update_title, Messages.Update_installedNoRestart);
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

    @FunctionalInterface
    private interface Work {
        void run(IProgressMonitor monitor) throws UpdateException;
    }

    /** A user job of the update families; a refusal is shown to the user, a cancel ends it quietly. */
    private static Job job(String name, boolean installs, Work work, Shell shell, UISynchronize ui) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (UpdateException e) {
                    ui.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, Messages.Update_title, e.getMessage());
                        }
                    });
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == UpdateHandler.UPDATES || installs && family == UpdateHandler.INSTALLING;
            }
        };
        job.setUser(true);
        return job;
    }

    /**
     * The update site typed: an http(s), file or jar URL, or an existing folder (as a file: URL); null if it is
     * neither.
     */
    static URI site(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            if (typed.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !typed.matches("^[a-zA-Z]:[\\\\/].*")) {
                URI uri = new URI(typed);
                return SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) ? uri : null;
            }
            Path folder = Path.of(typed).toAbsolutePath().normalize();
            return Files.isDirectory(folder) ? folder.toUri() : null;
        } catch (java.net.URISyntaxException | InvalidPathException e) {
            return null;
        }
    }

    /** Keeps the user's own choice; the customization's site is not copied, so a later change of it takes effect. */
    private static void remember(String site, String preset) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(UpdateHandler.NODE);
        if (site.equals(preset)) {
            node.remove(UpdateHandler.SITE);
        } else {
            node.put(UpdateHandler.SITE, site);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // only a convenience for next time
        }
    }
}
