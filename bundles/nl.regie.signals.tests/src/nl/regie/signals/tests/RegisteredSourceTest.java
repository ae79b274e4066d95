// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import nl.regie.signals.Fields;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.RawRecord;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.SignalSource;
import nl.regie.store.SignalQuery;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * An organisation's own source, registered as an OSGi service: a nightlife incident log ("horeca-log": one incident a
 * line, {@code date | place | what happened}). Regie finds it by its format and by the file, and the intake treats its
 * records like any other: checked, screened for personal data, deduplicated, rejected with a reason.
 */
class RegisteredSourceTest {

    /** The incident log of the nightlife partners, as an organisation's bundle would read it. */
    static final class IncidentLog implements SignalSource {

        @Override
        public String format() {
            return "horeca-log";
        }

        @Override
        public boolean accepts(Path file) {
            return file.getFileName().toString().endsWith(".log");
        }

        @Override
        public void read(Path file, Consumer<RawRecord> records) throws IOException {
            long line = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                String[] parts = text.split("\\|", -1);
                if (parts.length != 3) {
                    records.accept(new RawRecord(line, Map.of(), "expected date | place | what happened"));
                    continue;
                }
                records.accept(new RawRecord(line, Map.of(Fields.OBSERVED_ON, parts[0].strip(), Fields.AREA, parts[1].strip(),
                        Fields.DESCRIPTION, parts[2].strip(), Fields.SOURCE, "Horecaondernemers uitgaansgebied",
                        Fields.SUBSTANCES, parts[2].contains("3-MMC") ? "3-MMC" : ""), null));
            }
        }
    }

    @TempDir
    Path dir;

    private DerbyStore store;
    private ServiceRegistration<SignalSource> registration;

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir.resolve("data")));
        registration = FrameworkUtil.getBundle(RegisteredSourceTest.class).getBundleContext()
                .registerService(SignalSource.class, new IncidentLog(), null);
    }

    @AfterEach
    void close() {
        registration.unregister();
        store.close();
    }

    @Test
    void aSourceRegisteredAsAServiceIsFoundAndItsRecordsGoThroughTheSameIntake() throws Exception {
        Path log = Files.writeString(dir.resolve("incidenten-april.log"), """
                4-4-2026 | Centrum (uitgaansgebied) | Bezoeker onwel na 3-MMC, gemeld door mevrouw De Vries, bel 06-12345678
                4-4-2026 | Centrum (uitgaansgebied) | Bezoeker onwel na 3-MMC, gemeld door mevrouw De Vries, bel 06-12345678
                40-4-2026 | Centrum (uitgaansgebied) | datum verkeerd
                kapotte regel
                """);
        assertTrue(SignalIntake.sources().stream().anyMatch(s -> s.format().equals("horeca-log")), "listed with the others");
        SignalSource byFormat = SignalIntake.sourceFor(log, "horeca-log");
        SignalSource byFile = SignalIntake.sourceFor(log, null);
        assertTrue(byFormat instanceof IncidentLog);
        assertSame(byFormat, byFile, "found by the file as well");
        IntakeReport report = new SignalIntake(store.load().municipality()).run(log, byFormat, store);
        // a name and a phone number removed from each of the two identical lines; the second is then a duplicate
        assertEquals("read 4, accepted 1, rejected 2, duplicates 1, personal data removed 4", report.summaryLine());
        String stored = store.query(SignalQuery.ALL.substances("gemx-middel-3mmc"), 0, 50).stream()
                .map(s -> String.valueOf(s.description())).filter(d -> d.contains("onwel")).findFirst().orElse("");
        assertTrue(stored.contains("Bezoeker onwel na 3-MMC") && !stored.contains("Vries") && !stored.contains("12345678"),
                "the name and the phone number removed: " + stored);
        assertTrue(report.rejections().stream().anyMatch(r -> r.line() == 4 && r.reason().contains("date | place")),
                report.rejections().toString());

        registration.unregister();
        registration = FrameworkUtil.getBundle(RegisteredSourceTest.class).getBundleContext()
                .registerService(SignalSource.class, new IncidentLog(), null);
        assertTrue(SignalIntake.sourceFor(log, "horeca-log") instanceof IncidentLog, "a source registered again is found");
    }

    @Test
    void withoutTheServiceTheFormatIsUnknown() throws Exception {
        registration.unregister();
        assertNull(SignalIntake.sourceFor(dir.resolve("x.log"), "horeca-log"), "gone with its bundle");
        assertNull(SignalIntake.sourceFor(dir.resolve("x.log"), null), "no other source reads a .log file");
        registration = FrameworkUtil.getBundle(RegisteredSourceTest.class).getBundleContext()
                .registerService(SignalSource.class, new IncidentLog(), null);
    }
}
