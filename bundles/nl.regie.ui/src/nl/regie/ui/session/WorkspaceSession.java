// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import nl.regie.model.Municipality;
import nl.regie.model.resource.RegieResources;
import nl.regie.store.LoadedWorkspace;
import nl.regie.store.StoreException;
import nl.regie.store.WorkspaceStore;
import nl.regie.store.WorkspaceVersion;
import nl.regie.ui.internal.Messages;

/**
 * The workspace open in the workbench: loaded from the {@link WorkspaceStore} and saved back to it as new versions.
 * Edits go through an EMF editing domain (undo, redo, the dirty mark). Loading and saving run as Eclipse Jobs with
 * progress, never on the UI thread; their results are handed to the UI thread, where the session publishes the
 * municipality, the editing domain and itself in the application context.
 */
public final class WorkspaceSession {

    /** Job family of every job this session runs, for tests and progress views. */
    public static final Object JOBS = new Object();

    /** Listener for changes of the session's state (loaded, dirty, saved); called on the UI thread. */
    public interface Listener {
        void changed(WorkspaceSession session);
    }

    private final IEclipseContext context;
    private final WorkspaceStore store;
    private volatile boolean readOnly;
    private final nl.regie.store.SignalStore signals;
    private final AdapterFactory adapterFactory;
    private final UISynchronize ui;
    private final Consumer<StoreException> problems;
    private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Jobs of one session run one after another: a save always starts from the version the previous one made. */
    private final org.eclipse.core.runtime.jobs.ISchedulingRule oneAtATime = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    private Municipality municipality;
    private volatile WorkspaceVersion version;
    private AdapterFactoryEditingDomain domain;
    private nl.regie.model.ActionPlan plan;

    /**
     * @param problems shows a store problem to the user (on the UI thread)
     */
    public WorkspaceSession(IEclipseContext context, WorkspaceStore store, nl.regie.store.SignalStore signals,
            AdapterFactory adapterFactory, UISynchronize ui, Consumer<StoreException> problems) {
        this.context = context;
        this.store = store;
        this.signals = signals;
        this.adapterFactory = adapterFactory;
        this.ui = ui;
        this.problems = problems;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The open municipality, or null while none is loaded. */
    public Municipality municipality() {
        return municipality;
    }

    /** The version the open workspace is based on, or null while none is loaded. */
    public WorkspaceVersion version() {
        return version;
    }

    /** The editing domain of the open workspace (every edit is a command on its stack), or null while none is loaded. */
    public EditingDomain editingDomain() {
        return domain;
    }

    /**
     * The plan the planning parts show: the one chosen last while it is still in the workspace, else the first plan of
     * the first policy; null when there is none.
     */
    public nl.regie.model.ActionPlan plan() {
        if (municipality == null) {
            return null;
        }
        if (plan != null && EcoreUtil.isAncestor(municipality, plan)) {
            return plan;
        }
        for (nl.regie.model.Policy policy : municipality.getPolicies()) {
            if (!policy.getActionPlans().isEmpty()) {
                return policy.getActionPlans().get(0);
            }
        }
        return null;
    }

    /** Makes {@code chosen} the plan the planning parts show, and tells the listeners. */
    public void showPlan(nl.regie.model.ActionPlan chosen) {
        plan = chosen;
        fire();
    }

    /** The store behind this session. */
    public WorkspaceStore store() {
        return store;
    }

    /**
     * Makes the workspace read-only in the workbench (a viewer's or a partner's account: the database refuses their
     * saves anyway): its resources become read-only in the editing domain, so no edit starts.
     */
    public void setReadOnly(boolean readOnly) {
        if (this.readOnly == readOnly) {
            return;
        }
        this.readOnly = readOnly;
        applyReadOnly();
        fire();
    }

    /** True when this workspace may not be changed here. */
    public boolean isReadOnly() {
        return readOnly;
    }

    private void applyReadOnly() {
        if (domain instanceof AdapterFactoryEditingDomain editing && editing.getResourceSet() != null) {
            java.util.Map<org.eclipse.emf.ecore.resource.Resource, Boolean> map = new java.util.HashMap<>();
            editing.getResourceSet().getResources().forEach(resource -> map.put(resource, readOnly));
            editing.setResourceToReadOnlyMap(map);
        }
    }

    /** True when there are changes that are not saved. */
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** True while a load, save or other job of this session is scheduled or runs. */
    public boolean isBusy() {
        return running.get() > 0;
    }

    /** Loads the latest version in a job; unsaved changes are discarded (callers ask first). */
    public Job open() {
        return run(Messages.Session_opening, monitor -> {
            LoadedWorkspace loaded = store.load();
            ui.asyncExec(() -> install(loaded.municipality(), loaded.version()));
        });
    }

    /**
     * Saves the open workspace as a new version in a job. A snapshot is taken now, on the calling (UI) thread; the
     * version it is based on is read when the job runs, after any save before it.
     */
    public Job save() {
        return saveOver(-1);
    }

    /**
     * Saves based on {@code basedOn} instead of the loaded version: after a conflict, to put the user's work on top
     * of someone else's save (which stays in the history). -1 means the version this session has.
     */
    public Job saveOver(long basedOn) {
        return saveOver(basedOn, null);
    }

    /** Saves as a new version with a note that says what the version is, e.g. a plan version set down. */
    public Job save(String note) {
        return saveOver(-1, note);
    }

    private Job saveOver(long basedOn, String note) {
        if (municipality == null) {
            return null;
        }
        Municipality snapshot = EcoreUtil.copy(municipality);
        CommandStack stack = domain.getCommandStack();
        Object saveMark = stack.getUndoCommand();
        return run(Messages.Session_saving, monitor -> {
            WorkspaceVersion saved = store.save(snapshot, basedOn >= 0 ? basedOn : version.number(), note);
            version = saved;
            ui.asyncExec(() -> {
                if (stack.getUndoCommand() == saveMark) {
                    ((BasicCommandStack) stack).saveIsDone();
                }
                fire();
            });
        });
    }

    /**
     * Saves and waits for the save while keeping the UI responsive (the event loop keeps running); for the moment
     * the window closes. Returns true when everything is saved.
     */
    public boolean saveAndWait(org.eclipse.swt.widgets.Display display) {
        Job job = save();
        if (job == null) {
            return true;
        }
        while (job.getState() != Job.NONE || isBusy()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return !isDirty();
    }

    /**
     * After a conflict: merges the unsaved workspace (mine, snapshot taken now) with the latest saved version
     * (theirs), both changed from the version this session loaded, in a job; {@code then} gets the merge and the
     * version it is based on, on the UI thread. Nothing is saved yet.
     */
    public Job merge(java.util.function.BiConsumer<nl.regie.model.merge.WorkspaceMerge, WorkspaceVersion> then) {
        if (municipality == null || version == null) {
            return null;
        }
        Municipality mine = EcoreUtil.copy(municipality);
        long baseNumber = version.number();
        return run(Messages.Session_merging, monitor -> {
            Municipality base = store.loadVersion(baseNumber);
            LoadedWorkspace latest = store.load();
            nl.regie.model.merge.WorkspaceMerge merge = nl.regie.model.merge.WorkspaceMerge.of(base, mine,
                    latest.municipality());
            ui.asyncExec(() -> then.accept(merge, latest.version()));
        });
    }

    /**
     * Saves a merged workspace on top of {@code basedOn} (the version it was merged with) in a job, then opens what
     * was saved; another save in between is a new conflict, reported as before.
     */
    public Job saveMerged(Municipality merged, long basedOn) {
        return run(Messages.Session_saving, monitor -> {
            store.save(merged, basedOn, null);
            LoadedWorkspace loaded = store.load();
            ui.asyncExec(() -> install(loaded.municipality(), loaded.version()));
        });
    }

    /** Makes an older version the latest (as a new version) and opens it. */
    public Job restoreVersion(long number) {
        return run(NLS.bind(Messages.Session_restoring, number), monitor -> {
            store.restoreVersion(number, version == null ? 0 : version.number());
            LoadedWorkspace loaded = store.load();
            ui.asyncExec(() -> install(loaded.municipality(), loaded.version()));
        });
    }

    /** Writes the open workspace, as it is now (saved or not), with all signals to an XMI exchange file. */
    public Job exportTo(Path file) {
        Municipality snapshot = EcoreUtil.copy(municipality);
        return run(NLS.bind(Messages.Session_exporting, file), monitor -> {
            try {
                RegieResources.save(signals == null ? snapshot
                        : nl.regie.store.WorkspaceExchange.withAllSignals(snapshot, signals), file);
            } catch (java.io.IOException e) {
                throw new StoreException(StoreException.Problem.INVALID_INPUT, e, e.getMessage());
            }
        });
    }

    /** Reads an exchange file (untrusted, checked against the model rules), saves it as a new version, opens it. */
    public Job importFrom(Path file) {
        return run(NLS.bind(Messages.Session_importing, file), monitor -> {
            Municipality imported;
            try {
                imported = RegieResources.importExchangeFile(file);
            } catch (java.io.IOException e) {
                throw new StoreException(StoreException.Problem.INVALID_INPUT, e, e.getMessage());
            }
            store.importWorkspace(imported, version == null ? 0 : version.number(), "Imported from " + file.getFileName());
            LoadedWorkspace loaded = store.load();
            ui.asyncExec(() -> install(loaded.municipality(), loaded.version()));
        });
    }

    private void install(Municipality loaded, WorkspaceVersion loadedVersion) {
        if (domain != null) {
            domain.getCommandStack().flush();
        }
        municipality = loaded;
        version = loadedVersion;
        BasicCommandStack stack = new BasicCommandStack();
        org.eclipse.emf.ecore.resource.ResourceSet resources = loaded.eResource() == null ? null
                : loaded.eResource().getResourceSet();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack, resources);
        if (resources != null) {
            // Property descriptors find the domain through the resource set: then every edit is a command.
            resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        }
        stack.addCommandStackListener(event -> ui.asyncExec(this::fire));
        applyReadOnly();
        context.set(EditingDomain.class, domain);
        context.set(Municipality.class, loaded);
        fire();
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.changed(this);
        }
    }

    @FunctionalInterface
    private interface StoreWork {
        void run(IProgressMonitor monitor) throws StoreException;
    }

    private Job run(String name, StoreWork work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                try {
                    work.run(monitor);
                    return Status.OK_STATUS;
                } catch (StoreException e) {
                    ui.asyncExec(() -> problems.accept(e));
                    return Status.OK_STATUS; // shown to the user in a dialog of our own, not as a job error
                } finally {
                    running.decrementAndGet();
                    ui.asyncExec(WorkspaceSession.this::fire);
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOBS;
            }
        };
        running.incrementAndGet();
        job.setRule(oneAtATime);
        job.setUser(true);
        job.schedule();
        return job;
    }
}
