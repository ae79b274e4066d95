// SPDX-License-Identifier: EPL-2.0
package nl.regie.ui.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import nl.regie.ui.internal.Messages;

/**
 * The progress line at the bottom of the window (an e4 tool control in the bottom trim): the user's running jobs
 * (imports, reports, saves), the newest first, with what each is doing, a progress bar, and a button that cancels it.
 * It is the job manager's {@link ProgressProvider}, so every job's monitor reports here; updates reach the UI thread
 * at most ten times a second, and the work itself never waits for the UI.
 */
public final class ProgressTrim {

    /** What one job has reported, written by the job's thread and read on the UI thread. */
    private static final class Running extends NullProgressMonitor {

        private final Job job;
        private volatile String task = "";
        private volatile String subTask = "";
        private volatile int total = IProgressMonitor.UNKNOWN;
        private volatile double done;
        private final Runnable changed;

        Running(Job job, Runnable changed) {
            this.job = job;
            this.changed = changed;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name == null ? "" : name;
            total = totalWork;
            changed.run();
        }

        @Override
        public void subTask(String name) {
            subTask = name == null ? "" : name;
            changed.run();
        }

        @Override
        public void setTaskName(String name) {
            task = name == null ? "" : name;
            changed.run();
        }

        @Override
        public void internalWorked(double work) {
            done += work;
            changed.run();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        String text() {
            String name = task.isEmpty() ? job.getName() : task;
            return subTask.isEmpty() ? name : name + ": " + subTask;
        }

        int percent() {
            return total <= 0 ? -1 : (int) Math.min(100, Math.round(100 * done / total));
        }
    }

    private final Map<Job, Running> running = new LinkedHashMap<>();
    private Display display;
    private Composite line;
    private Label text;
    private ProgressBar bar;
    private Button stop;
    private boolean pending;

    private final IJobChangeListener listener = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            synchronized (running) {
                running.remove(event.getJob());
            }
            update();
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        line.setLayout(layout);
        text = new Label(line, SWT.NONE);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 420;
        text.setLayoutData(textData);
        bar = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        stop = new Button(line, SWT.PUSH);
        stop.setText(Messages.Progress_cancel);
        stop.setToolTipText(Messages.Progress_cancelTip);
        stop.addListener(SWT.Selection, e -> cancelNewest());
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                if (!job.isUser()) {
                    return new NullProgressMonitor();
                }
                Running monitor = new Running(job, ProgressTrim.this::update);
                synchronized (running) {
                    running.put(job, monitor);
                }
                update();
                return monitor;
            }
        });
        Job.getJobManager().addJobChangeListener(listener);
        show();
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(listener);
        Job.getJobManager().setProgressProvider(null);
    }

    /**
     * Asks the UI thread to show the state in 100 ms, unless that is asked already: however often a job reports, the
     * line changes at most ten times a second, and always shows the latest report.
     */
    private void update() {
        synchronized (running) {
            if (pending || display == null || display.isDisposed()) {
                return;
            }
            pending = true;
        }
        try {
            display.asyncExec(() -> display.timerExec(100, () -> {
                synchronized (running) {
                    pending = false;
                }
                show();
            }));
        } catch (org.eclipse.swt.SWTException e) {
            // the display closed while a job reported: nothing left to show it on
        }
    }

    private Running newest() {
        synchronized (running) {
            List<Running> all = new ArrayList<>(running.values());
            return all.isEmpty() ? null : all.get(all.size() - 1);
        }
    }

    private void show() {
        if (line == null || line.isDisposed()) {
            return;
        }
        Running job = newest();
        int count;
        synchronized (running) {
            count = running.size();
        }
        if (job == null) {
            text.setText(Messages.Progress_idle);
            bar.setVisible(false);
            stop.setVisible(false);
            return;
        }
        text.setText(count > 1 ? NLS.bind(Messages.Progress_more, job.text(), count - 1) : job.text());
        text.setToolTipText(job.text());
        int percent = job.percent();
        bar.setVisible(true);
        bar.setMaximum(100);
        bar.setSelection(percent < 0 ? 0 : percent);
        bar.setState(job.isCanceled() ? SWT.PAUSED : SWT.NORMAL);
        stop.setVisible(true);
        stop.setEnabled(!job.isCanceled());
    }

    /** Cancels the newest running job (what the button does). */
    public void cancelNewest() {
        Running job = newest();
        if (job != null) {
            job.setCanceled(true);
            job.job.cancel();
            show();
        }
    }

    /** For tests: the line as shown ("" when no job runs), and whether the cancel button is offered. */
    public String getText() {
        return text.getText();
    }

    public boolean isCancelShown() {
        return stop.getVisible() && stop.getEnabled();
    }

    public int getPercent() {
        return bar.getVisible() ? bar.getSelection() : -1;
    }
}
