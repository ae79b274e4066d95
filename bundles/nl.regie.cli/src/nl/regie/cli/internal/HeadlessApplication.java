// SPDX-License-Identifier: EPL-2.0
package nl.regie.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application {@code nl.regie.cli.headless}: runs one {@link CommandLine} command and exits with its code. */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return new CommandLine().run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
    }

    @Override
    public void stop() {
        // Commands are short; nothing to interrupt.
    }
}
