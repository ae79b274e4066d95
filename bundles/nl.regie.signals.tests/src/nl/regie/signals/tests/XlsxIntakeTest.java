// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.signals.ColumnMapping;
import nl.regie.signals.Fields;
import nl.regie.signals.IntakeReport;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.SourcePreview;
import nl.regie.signals.sources.XlsxSource;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/** Excel workbooks made by the test (real .xlsx zips): dates as serials, numbers, gaps, a mapping, and hostile files. */
class XlsxIntakeTest {

    @TempDir
    Path dir;

    private DerbyStore store;
    private SignalIntake intake;
    private final XlsxSource xlsx = new XlsxSource();

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir.resolve("data")));
        intake = new SignalIntake(store.load().municipality());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void readsDateCellsNumbersAndTextAndRejectsWithTheRowNumber() throws Exception {
        Path file = Workbooks.write(dir.resolve("politie.xlsx"), List.of(
                row("Datum", "Bron", "Middel", "Wijk", "Zorg", "Omschrijving"),
                row(LocalDate.of(2026, 2, 3), "Wijkpolitie", "3-MMC", "Noord", 3.0, "groep jongeren bij het winkelcentrum"),
                row(),
                row("4-2-2026", "Wijkpolitie", "Snoepjes", "Noord", "hoog", "onbekend middel"),
                row(LocalDate.of(2026, 2, 5), "Wijkpolitie", "Cannabis", null, "matig", "bel 06-12345678 voor info")));
        assertTrue(xlsx.accepts(file));
        IntakeReport report = intake.run(file, xlsx, store);
        assertEquals("read 3, accepted 2, rejected 1, duplicates 0, personal data removed 1", report.summaryLine());
        assertEquals(4, report.rejections().get(0).line(), "the spreadsheet's own row number");
        assertEquals(Fields.SUBSTANCES, report.rejections().get(0).field());
        List<SignalRecord> stored = store.query(SignalQuery.ALL.sources("gemx-partner-wijkpolitie"), 0, 10).stream()
                .filter(r -> r.observedOn().getYear() == 2026 && r.observedOn().getMonthValue() == 2).toList();
        assertEquals(2, stored.size(), stored.toString());
        SignalRecord first = stored.stream().filter(r -> r.observedOn().equals(LocalDate.of(2026, 2, 3))).findFirst()
                .orElseThrow();
        assertEquals(nl.regie.model.ConcernLevel.HIGH, first.concern(), "the number 3 is the level");
        assertTrue(Files.exists(SignalIntake.rejectsReport(file)));
        assertEquals(1, store.quarantineCount(), "the rejected row is in quarantine");
    }

    @Test
    void aSavedMappingTakesColumnsWhoseHeadingsRegieDoesNotKnow() throws Exception {
        Path file = Workbooks.write(dir.resolve("horeca.xlsx"), List.of(
                row("Wanneer", "Wie meldt", "Wat", "Waar", "Verhaal", "Intern nummer"),
                row(LocalDate.of(2026, 1, 10), "Horecaondernemers uitgaansgebied", "XTC", "Centrum (uitgaansgebied)", "pillen gevonden op toilet", "H-17")));
        assertThrows(IOException.class, () -> intake.run(file, xlsx, store), "without a mapping no column is known");
        ColumnMapping mapping = new ColumnMapping("horeca", Map.of("Wanneer", Fields.OBSERVED_ON, "Wie meldt",
                Fields.SOURCE, "Wat", Fields.SUBSTANCES, "Waar", Fields.AREA, "Verhaal", Fields.DESCRIPTION,
                "Intern nummer", ColumnMapping.IGNORE));
        Path folder = ColumnMapping.folder(dir.resolve("data"));
        mapping.save(folder);
        assertEquals(List.of("horeca"), ColumnMapping.saved(folder));
        ColumnMapping loaded = ColumnMapping.load(folder, "horeca");
        assertEquals(mapping, loaded);

        SourcePreview preview = xlsx.preview(file, loaded, 5);
        assertEquals(List.of("Wanneer", "Wie meldt", "Wat", "Waar", "Verhaal", "Intern nummer"), preview.headings());
        assertEquals(Arrays.asList(Fields.OBSERVED_ON, Fields.SOURCE, Fields.SUBSTANCES, Fields.AREA, Fields.DESCRIPTION,
                null), preview.fields());
        assertEquals("2026-01-10", preview.rows().get(0).get(0));

        IntakeReport report = intake.run(file, xlsx, loaded, store, SignalIntake.Progress.NONE);
        assertEquals(1, report.accepted(), report.rejections().toString());
    }

    @Test
    void refusesZipBombsBinaryFilesAndEmptyFilesAsAWhole() throws Exception {
        Path bomb = Workbooks.bomb(dir.resolve("bom.xlsx"), 300);
        assertTrue(Files.size(bomb) < 2_000_000, "small on disk: " + Files.size(bomb));
        IOException refused = assertThrows(IOException.class, () -> intake.run(bomb, xlsx, store));
        assertTrue(refused.getMessage().contains("zip bomb") && refused.getMessage().contains("bom.xlsx"),
                refused.getMessage());

        Path binary = Files.write(dir.resolve("foto.xlsx"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        IOException notZip = assertThrows(IOException.class, () -> intake.run(binary, xlsx, store));
        assertTrue(notZip.getMessage().contains("not an Excel workbook"), notZip.getMessage());

        Path empty = Files.write(dir.resolve("leeg.xlsx"), new byte[0]);
        assertTrue(assertThrows(IOException.class, () -> intake.run(empty, xlsx, store)).getMessage().contains("empty"));

        Path truncated = dir.resolve("kapot.xlsx");
        byte[] whole = Files.readAllBytes(Workbooks.write(dir.resolve("heel.xlsx"), List.of(row("Datum", "Bron"),
                row("1-1-2026", "Politie"))));
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        IOException broken = assertThrows(IOException.class, () -> intake.run(truncated, xlsx, store));
        assertTrue(broken.getMessage().contains("kapot.xlsx"), broken.getMessage());
        assertFalse(Files.exists(SignalIntake.rejectsReport(truncated)));
        assertEquals(0, store.quarantineCount());
    }

    @Test
    void aCancelledWorkbookImportIsACancelNotADamagedFile() throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(row("Datum", "Bron", "Middel", "Omschrijving"));
        for (int i = 0; i < 250; i++) {
            rows.add(row(LocalDate.of(2026, 1, 1 + i % 28), "Jongerenwerk", "3-MMC", "melding " + i + " nummer "
                    + Integer.toString(i * 7919, 36)));
        }
        Path file = Workbooks.write(dir.resolve("groot.xlsx"), rows);
        long before = store.count(SignalQuery.ALL);
        SignalIntake.Progress cancelAtOnce = new SignalIntake.Progress() {
            @Override
            public void worked(int done, int total) {
                // watching only
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> intake.run(file, xlsx, ColumnMapping.NONE, store, cancelAtOnce));
        assertEquals(before, store.count(SignalQuery.ALL), "nothing stored");
        assertEquals(250, intake.run(file, xlsx, store).accepted(), "and the same file imports whole afterwards");
    }
}
