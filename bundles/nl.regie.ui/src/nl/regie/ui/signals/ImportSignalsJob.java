// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.signals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;

import nl.regie.model.Municipality;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.ColumnMapping;
import nl.regie.signals.SignalSource;
import nl.regie.store.SignalStore;
import nl.regie.store.StoreException;
import nl.regie.ui.internal.Messages;

/**
 * Imports one partner's file of signals in the background, with progress, and can be cancelled until the accepted
 * signals are committed (in one transaction, so a cancelled import stores nothing). When signals were stored it posts
 * {@link #SIGNALS_CHANGED} so the Signal Inbox reloads.
 */
public final class ImportSignalsJob extends Job {

    /** Posted (with the {@link IntakeReport}) when an import stored signals. */
    public static final String SIGNALS_CHANGED = "nl/regie/signals/changed";

    private final Path file;
    private final String format;
    private final ColumnMapping mapping;
    private SignalIntake.DedupRule dedup = SignalIntake.DedupRule.DEFAULT;
    private final Municipality vocabulary;
    private final SignalStore store;
    private final IEventBroker events;
    private volatile IntakeReport report;

    /**
     * @param format csv or json; null to tell by the file (which reads its start, so it happens in the job)
     * @param events may be null (nobody to tell)
     */
    public ImportSignalsJob(Path file, String format, Municipality vocabulary, SignalStore store, IEventBroker events) {
        this(file, format, ColumnMapping.NONE, vocabulary, store, events);
    }

    /** As the other constructor, reading the columns as {@code mapping} says. */
    public ImportSignalsJob(Path file, String format, ColumnMapping mapping, Municipality vocabulary, SignalStore store,
            IEventBroker events) {
        super(NLS.bind(Messages.ImportSignals_job, file.getFileName()));
        this.file = file;
        this.format = format;
        this.mapping = mapping;
        this.vocabulary = vocabulary;
        this.store = store;
        this.events = events;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ImportSignals_reading, file.getFileName()), 100);
        try {
            SignalSource source = SignalIntake.sourceFor(file, format);
            if (source == null) {
                return Status.error(NLS.bind(Messages.ImportSignals_unknownFormat, file));
            }
            IntakeReport done = new SignalIntake(vocabulary, dedup).run(file, source, mapping, store,
                    new SignalIntake.Progress() {
                private int reported;

                @Override
                public void worked(int checked, int total) {
                    int now = total == 0 ? 100 : (int) (100L * checked / total);
                    progress.setTaskName(NLS.bind(Messages.ImportSignals_checking, checked, total));
                    progress.worked(now - reported);
                    reported = now;
                }

                @Override
                public boolean cancelled() {
                    return progress.isCanceled();
                }
            });
            report = done;
            if (events != null && (done.accepted() > 0 || done.rejected() > 0)) {
                events.post(SIGNALS_CHANGED, Map.of(IEventBroker.DATA, done));
            }
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | StoreException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.ImportSignals_failed, file, e.getLocalizedMessage()), e);
        } finally {
            monitor.done();
        }
    }

    /** Finds duplicates by {@code rule} instead of the default (before the job is scheduled). */
    public void setDedup(SignalIntake.DedupRule rule) {
        this.dedup = rule;
    }

    /** The file being imported. */
    public Path getFile() {
        return file;
    }

    /** The report, once the job ended well; null before, or when it was cancelled or failed. */
    public IntakeReport getReport() {
        return report;
    }

    /** The report's summary line in the user's language. */
    public static String summary(IntakeReport report) {
        return NLS.bind(Messages.ImportSignals_summary, new Object[] {report.read(), report.accepted(),
                report.rejected(), report.duplicates(), report.personalDataRemovedTotal()});
    }
}
