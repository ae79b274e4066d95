// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.sources.JsonSource;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/** JSON signals and EU drug alerts, into a real store. */
class JsonIntakeTest {

    @TempDir
    Path dir;

    private DerbyStore store;
    private SignalIntake intake;
    private final JsonSource json = new JsonSource();

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir.resolve("data")));
        intake = new SignalIntake(store.load().municipality());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anArrayOfSignalsWithDutchKeys() throws Exception {
        Path file = Files.writeString(dir.resolve("meldingen.json"), """
                [{"datum": "6-4-2026", "bron": "Jongerenwerk", "middel": ["3-MMC", "cannabis"], "wijk": "Noord",
                  "omschrijving": "Groepje bij de skatebaan"},
                 {"datum": "31-4-2026", "bron": "Jongerenwerk", "middel": "3-MMC"},
                 "geen object"]
                """);
        IntakeReport report = intake.run(file, json, store);
        assertEquals("read 3, accepted 1, rejected 2, duplicates 0, personal data removed 0", report.summaryLine());
        assertTrue(report.rejections().get(1).toString().contains(":3: item 3 is not an object"),
                report.rejections().toString());
        SignalRecord stored = store.query(SignalQuery.ALL.observed(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6)), 0, 5)
                .get(0);
        assertEquals(2, stored.substanceIds().size());
    }

    @Test
    void anEuDrugAlertKeepsEveryFieldOfTheNotification() throws Exception {
        Path file = Files.writeString(dir.resolve("alert.json"), """
                {"signals": [{
                  "id": "EU-EWS-2026-0042",
                  "dateOfEvent": "2026-04-10",
                  "place": "Centrum (uitgaansgebied)",
                  "notifiedBy": "GGD",
                  "substance": "3-MMC",
                  "typeOfRisk": "Hoge dosis in tabletten",
                  "originOfRisk": "Testservice (DIMS)",
                  "meansOfExposure": "Oraal, op feesten",
                  "analyticalData": "180 mg 3-MMC per tablet",
                  "healthRisks": "Hartklachten, oververhitting",
                  "socialRisks": "Gebruik door minderjarigen",
                  "healthMeasures": "Waarschuwing via uitgaanskanalen",
                  "concern": "acuut"}]}
                """);
        IntakeReport report = intake.run(file, json, store);
        assertEquals(1, report.accepted(), report.rejections().toString());
        SignalRecord alert = store.query(SignalQuery.ALL.sources("gemx-partner-ggd"), 0, 5).stream()
                .filter(r -> r.id().equals("EU-EWS-2026-0042")).findFirst().orElseThrow();
        assertEquals("gemx-wijk-centrum", alert.areaId());
        assertEquals(LocalDate.of(2026, 4, 10), alert.observedOn());
        for (String kept : new String[] {"typeOfRisk: Hoge dosis", "originOfRisk: Testservice", "meansOfExposure: Oraal",
                "analyticalData: 180 mg", "healthRisks: Hartklachten", "socialRisks: Gebruik door minderjarigen",
                "healthMeasures: Waarschuwing"}) {
            assertTrue(alert.description().contains(kept), kept + " in " + alert.description());
        }
        assertEquals("ACUTE", alert.concern().getName());
    }

    @Test
    void invalidOrEmptyJsonIsRefusedAsAWhole() throws Exception {
        Path broken = Files.writeString(dir.resolve("kapot.json"), "[{\"datum\": \"1-1-2026\", bron: Jongerenwerk}]");
        IOException invalid = assertThrows(IOException.class, () -> intake.run(broken, json, store));
        assertTrue(invalid.getMessage().startsWith(broken + ": not valid JSON"), invalid.getMessage());
        Path empty = Files.write(dir.resolve("leeg.json"), new byte[0]);
        assertThrows(IOException.class, () -> intake.run(empty, json, store));
        Path binary = Files.write(dir.resolve("foto.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThrows(IOException.class, () -> intake.run(binary, json, store));
    }
}
