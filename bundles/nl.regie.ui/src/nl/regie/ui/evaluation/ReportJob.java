// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import nl.regie.evaluation.EvaluationCheck;
import nl.regie.evaluation.EvaluationIndicator;
import nl.regie.model.ActionPlan;
import nl.regie.model.Municipality;
import nl.regie.reports.Monitor;
import nl.regie.reports.Reports;
import nl.regie.store.SignalStore;
import nl.regie.ui.internal.Messages;

/**
 * Writes a report in the background: a copy of the workspace taken on the UI thread, the report built step by step
 * with the job's progress monitor, cancellable between steps (a cancelled report writes nothing).
 */
public final class ReportJob extends Job {

    private final Municipality copy;
    private final String planId;
    private final SignalStore signals;
    private final List<? extends EvaluationCheck> checks;
    private final List<? extends EvaluationIndicator> indicators;
    private final List<? extends nl.regie.reports.ReportSection> sections;
    private final Reports.Kind kind;
    private final Reports.Format format;
    private final Path file;
    private final boolean tables;

    /** Call on the UI thread: the workspace is copied now, so editing may go on while the report is written. */
    public ReportJob(Municipality municipality, ActionPlan plan, SignalStore signals, List<? extends EvaluationCheck> checks,
            List<? extends EvaluationIndicator> indicators, List<? extends nl.regie.reports.ReportSection> sections,
            Reports.Kind kind, Reports.Format format, Path file, boolean tables) {
        super(NLS.bind(Messages.Report_job, file.getFileName()));
        this.copy = EcoreUtil.copy(municipality);
        this.planId = plan == null ? null : plan.getId();
        this.signals = signals;
        this.checks = checks;
        this.indicators = indicators;
        this.sections = sections;
        this.kind = kind;
        this.format = format;
        this.file = file;
        this.tables = tables;
        setUser(true);
    }

    /** The file the report goes to. */
    public Path file() {
        return file;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), Reports.STEPS);
        ActionPlan plan = null;
        for (var policy : copy.getPolicies()) {
            for (ActionPlan candidate : policy.getActionPlans()) {
                if (candidate.getId() != null && candidate.getId().equals(planId)) {
                    plan = candidate;
                }
            }
        }
        try {
            new Reports(copy, plan, signals, LocalDate.now(), Locale.getDefault(), checks, indicators).with(sections).write(kind, format, file, tables,
                    new Monitor() {
                        @Override
                        public void step(String what) {
                            monitor.subTask(what);
                            monitor.worked(1);
                        }

                        @Override
                        public boolean cancelled() {
                            return monitor.isCanceled();
                        }
                    });
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return Status.error(NLS.bind(Messages.Report_failed, file, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }
}
