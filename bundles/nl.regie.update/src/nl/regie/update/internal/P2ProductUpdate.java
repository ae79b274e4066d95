// SPDX-License-Identifier: EPL-2.0
package nl.regie.update.internal;

import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.util.tracker.ServiceTracker;

import nl.regie.update.ProductUpdate;
import nl.regie.update.UpdateException;

/**
 * {@link ProductUpdate} through p2's own update operation on the running product's profile ({@code SELF}), with the
 * given repository as the only source of metadata and artifacts. p2's agent for the running product is registered by
 * p2's core bundle when it starts (it is started lazily, by the first use of its classes here).
 */
@Component(service = ProductUpdate.class)
public class P2ProductUpdate implements ProductUpdate {

    /** p2's core bundle registers the agent as it starts, which using its classes here has done already. */
    private static final long AGENT_WAIT_MS = 2_000;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public Plan check(URI repository, IProgressMonitor monitor) throws UpdateException {
        return run(repository, false, monitor);
    }

    @Override
    public Plan update(URI repository, IProgressMonitor monitor) throws UpdateException {
        return run(repository, true, monitor);
    }

    private Plan run(URI repository, boolean install, IProgressMonitor monitor) throws UpdateException {
        SubMonitor progress = SubMonitor.convert(monitor, text("task", repository), 100);
        ServiceTracker<IProvisioningAgent, IProvisioningAgent> agents = new ServiceTracker<>(context(),
                currentAgent(), null);
        agents.open();
        try {
            IProvisioningAgent agent = agents.waitForService(AGENT_WAIT_MS);
            IProfileRegistry profiles = agent == null ? null : agent.getService(IProfileRegistry.class);
            IProfile self = profiles == null ? null : profiles.getProfile(IProfileRegistry.SELF);
            if (self == null) {
                throw new UpdateException(text("notInstalled"));
            }
            boolean known = load(agent, repository, progress.split(15));
            try {
                return resolveAndInstall(agent, repository, install, progress);
            } finally {
                if (!known) {
                    forget(agent, repository);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } finally {
            agents.close();
        }
    }

    private static Plan resolveAndInstall(IProvisioningAgent agent, URI repository, boolean install, SubMonitor progress)
            throws UpdateException {
        UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
        ProvisioningContext sources = new ProvisioningContext(agent);
        sources.setMetadataRepositories(new URI[] { repository });
        sources.setArtifactRepositories(new URI[] { repository });
        operation.setProvisioningContext(sources);
        IStatus resolved = operation.resolveModal(progress.split(25));
        if (resolved == null || resolved.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE
                || resolved.getSeverity() != IStatus.ERROR && operation.getSelectedUpdates().length == 0) {
            return new Plan(List.of(), false);
        }
        if (resolved.getSeverity() == IStatus.ERROR) {
            throw new UpdateException(text("unresolved", repository, details(operation.getResolutionDetails(),
                    resolved)));
        }
        List<Change> changes = new ArrayList<>();
        for (Update update : operation.getSelectedUpdates()) {
            changes.add(new Change(update.toUpdate.getId(), update.toUpdate.getVersion().toString(),
                    update.replacement.getVersion().toString()));
        }
        if (!install) {
            return new Plan(changes, false);
        }
        ProvisioningJob job = operation.getProvisioningJob(progress.split(5));
        if (job == null) {
            throw new UpdateException(text("unresolved", repository, details(operation.getResolutionDetails(),
                    resolved)));
        }
        IStatus installed = job.runModal(progress.split(55));
        if (installed.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (installed.getSeverity() == IStatus.ERROR) {
            throw new UpdateException(text("failed", details(null, installed)), installed.getException());
        }
        return new Plan(changes, job.getRestartPolicy() != ProvisioningJob.RESTART_NONE);
    }

    /** The agent p2's core bundle registers for the running product (loading the class here starts that bundle). */
    private Filter currentAgent() {
        try {
            return context().createFilter("(&(objectClass=" + IProvisioningAgent.SERVICE_NAME + ")("
                    + IProvisioningAgent.SERVICE_CURRENT + "=true))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the site's metadata and artifacts (a site that cannot be read fails here, with its address); true if p2
     * knew the site before, so that a site only tried once is not kept in the installation's list of sites.
     */
    private static boolean load(IProvisioningAgent agent, URI repository, SubMonitor progress) throws UpdateException {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        if (metadata == null || artifacts == null) {
            throw new UpdateException(text("notInstalled"));
        }
        boolean known = metadata.contains(repository);
        try {
            metadata.loadRepository(repository, progress.split(70));
            artifacts.loadRepository(repository, progress.split(30));
        } catch (ProvisionException e) {
            if (!known) {
                forget(agent, repository);
            }
            throw new UpdateException(text("unreadable", repository, e.getMessage()), e);
        }
        return known;
    }

    private static void forget(IProvisioningAgent agent, URI repository) {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        if (metadata != null) {
            metadata.removeRepository(repository);
        }
        if (artifacts != null) {
            artifacts.removeRepository(repository);
        }
    }

    private static String details(String resolution, IStatus status) {
        StringBuilder text = new StringBuilder(resolution == null || resolution.isBlank() ? "" : resolution.strip());
        append(text, status);
        return text.toString().strip();
    }

    private static void append(StringBuilder text, IStatus status) {
        if (status.getMessage() != null && !status.getMessage().isBlank() && text.indexOf(status.getMessage()) < 0) {
            text.append(text.isEmpty() ? "" : "\n").append(status.getMessage());
        }
        for (IStatus child : status.getChildren()) {
            append(text, child);
        }
    }

    private BundleContext context() {
        return context != null ? context : FrameworkUtil.getBundle(P2ProductUpdate.class).getBundleContext();
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("nl.regie.update.internal.messages", Locale.getDefault(),
                P2ProductUpdate.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
