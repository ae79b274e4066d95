// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports;

/** How report building tells its progress and learns that the user cancelled (a job's progress monitor in the UI). */
public interface Monitor {

    /** Does nothing and is never cancelled. */
    Monitor NONE = new Monitor() {
        @Override
        public void step(String what) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** One of {@link Reports#STEPS} steps begins. */
    void step(String what);

    /** True when the user cancelled: building stops at the next step with a {@link java.util.concurrent.CancellationException}. */
    boolean cancelled();
}
