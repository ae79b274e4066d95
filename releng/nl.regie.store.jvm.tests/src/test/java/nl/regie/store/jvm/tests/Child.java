// SPDX-License-Identifier: EPL-2.0
package nl.regie.store.jvm.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import nl.regie.model.ConcernLevel;
import nl.regie.model.Confidence;
import nl.regie.model.SignalStatus;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * The other JVM of these tests: {@code import DIR ROWS} imports a batch and reports its progress on stdout;
 * {@code hold DIR} opens the database and keeps it open. The parent drives it through {@link Running}.
 */
public final class Child {

    private Child() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        DerbyStore store = DerbyStore.open(DerbySettings.embedded(data));
        System.out.println("OPEN");
        System.out.flush();
        switch (args[0]) {
            case "import", "import2" -> {
                int rows = Integer.parseInt(args[2]);
                store.append(signals(args[0] + "-", rows), "crash test", written -> {
                    System.out.println("WRITTEN " + written);
                    System.out.flush();
                });
                System.out.println("COMMITTED");
                System.out.flush();
                store.close();
            }
            case "hold" -> Thread.sleep(Duration.ofMinutes(2).toMillis());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** {@code rows} synthetic signals with ids {@code prefix0..}, over a year, 3 substances, 12 areas. */
    public static List<SignalRecord> signals(String prefix, int rows) {
        List<SignalRecord> records = new ArrayList<>(rows);
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate observed = start.plusDays(i % 365);
            records.add(new SignalRecord(prefix + i, observed, observed.plusDays(1), "partner-" + (i % 9),
                    List.of(i % 3 == 0 ? "gemx-middel-3mmc" : i % 3 == 1 ? "gemx-middel-cannabis" : "gemx-middel-alcohol"),
                    "group-" + (i % 5), "setting-" + (i % 5), "area-" + (i % 12), ConcernLevel.get(i % 4),
                    Confidence.get(i % 2), SignalStatus.get(i % 5), "Synthetisch signaal " + i + " over gebruik in de wijk",
                    null));
        }
        return records;
    }

    /** A child JVM with this test's class path, whose stdout lines can be awaited. */
    static final class Running implements AutoCloseable {
        final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Running(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Child.class.getName()));
            command.addAll(List.of(args));
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("READ FAILED " + e);
                }
                lines.add("EXIT");
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for the first line that satisfies {@code until}; everything seen is returned for messages. */
        List<String> await(java.util.function.Predicate<String> until, Duration timeout) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                seen.add(line);
                if (until.test(line) || line.equals("EXIT")) {
                    return seen;
                }
            }
            return seen;
        }

        /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no Derby shutdown. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }
}
