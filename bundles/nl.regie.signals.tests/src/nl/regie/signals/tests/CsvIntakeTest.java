// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.signals.IntakeReport;
import nl.regie.signals.Rejection;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.sources.CsvSource;
import nl.regie.store.SignalQuery;
import nl.regie.store.SignalRecord;
import nl.regie.store.derby.DerbySettings;
import nl.regie.store.derby.DerbyStore;

/**
 * CSV files as they really arrive, made by the test: encodings, delimiters, headings in two languages, multi-line
 * cells, broken quotes, impossible dates, unknown values, empty and binary files; into a real Derby store.
 */
class CsvIntakeTest {

    @TempDir
    Path dir;

    private DerbyStore store;
    private SignalIntake intake;
    private final CsvSource csv = new CsvSource();

    @BeforeEach
    void open() throws Exception {
        store = DerbyStore.open(DerbySettings.embedded(dir.resolve("data")));
        intake = new SignalIntake(store.load().municipality());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path write(String name, String content, Charset charset, boolean bom) throws IOException {
        byte[] text = content.getBytes(charset);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text) : text;
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aCancelledImportStoresNothingAndWritesNoReport() throws Exception {
        StringBuilder rows = new StringBuilder("datum;bron;middel;wijk;omschrijving\n");
        for (int i = 0; i < 250; i++) {
            rows.append(1 + i % 28).append("-1-2025;Jongerenwerk;3-MMC;Noord;melding ").append(i).append(" over ")
                    .append(Integer.toString(i * 7919, 36)).append('\n');
        }
        Path file = write("groot.csv", rows.toString(), StandardCharsets.UTF_8, false);
        long before = store.count(SignalQuery.ALL);
        List<Integer> seen = new java.util.ArrayList<>();
        SignalIntake.Progress cancelAfterFirstReport = new SignalIntake.Progress() {
            @Override
            public void worked(int done, int total) {
                seen.add(done);
                assertEquals(250, total);
            }

            @Override
            public boolean cancelled() {
                return !seen.isEmpty();
            }
        };
        java.util.concurrent.CancellationException cancelled = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CancellationException.class,
                () -> intake.run(file, csv, store, cancelAfterFirstReport));
        assertTrue(cancelled.getMessage().contains("groot.csv"), cancelled.getMessage());
        assertEquals(List.of(100), seen, "progress is reported every 100 records and the intake stops at the first");
        assertEquals(before, store.count(SignalQuery.ALL), "nothing stored");
        assertTrue(Files.notExists(dir.resolve("groot.csv.rejects.csv")));

        List<Integer> all = new java.util.ArrayList<>();
        IntakeReport report = intake.run(file, csv, store, new SignalIntake.Progress() {
            @Override
            public void worked(int done, int total) {
                all.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(List.of(100, 200, 250), all);
        assertEquals(250, report.read());
        assertEquals(before + report.accepted(), store.count(SignalQuery.ALL));
    }

    @Test
    void dutchSemicolonFileWithBomAndMultiLineCell() throws Exception {
        Path file = write("jongerenwerk.csv", """
                Datum;Bron;Middel;Doelgroep;Wijk;Mate van zorg;Omschrijving
                3-2-2026;Jongerenwerk;3-MMC;Minderjarige jongeren op straat;Noord;hoog;"Groepje bij het winkelcentrum,
                lijkt 3-MMC te gebruiken"
                04/02/2026;jongerenwerk;3mmc, cannabis;minderjarige jongeren op straat;noord;Matig;Tweede melding
                """, StandardCharsets.UTF_8, true);
        IntakeReport report = intake.run(file, csv, store);
        assertEquals("read 2, accepted 2, rejected 0, duplicates 0, personal data removed 0", report.summaryLine());
        List<SignalRecord> stored = store.query(SignalQuery.ALL.areas("gemx-wijk-noord"), 0, 10);
        assertEquals(2, stored.size());
        SignalRecord first = stored.stream().filter(r -> r.observedOn().equals(LocalDate.of(2026, 2, 3))).findFirst()
                .orElseThrow();
        assertEquals("gemx-partner-jongerenwerk", first.sourceId());
        assertTrue(first.description().contains("winkelcentrum,\nlijkt"), "the multi-line cell is one value");
        assertEquals(List.of("gemx-middel-3mmc", "gemx-middel-cannabis"),
                stored.stream().filter(r -> r.observedOn().getDayOfMonth() == 4).findFirst().orElseThrow().substanceIds());
    }

    @Test
    void windows1252TabFileWithEnglishHeadingsInAnotherOrder() throws Exception {
        Path file = write("horeca.tsv", "Description\tDate\tSource\tSubstance\tArea\n"
                + "Gebruik op de dansvloer van caf\u00e9 De Kade\t2026-02-14\tHorecaondernemers uitgaansgebied\t3-MMC\t"
                + "Centrum (uitgaansgebied)\n", Charset.forName("windows-1252"), false);
        IntakeReport report = intake.run(file, csv, store);
        assertEquals(1, report.accepted(), report.rejections().toString());
        SignalRecord stored = store.query(SignalQuery.ALL.sources("gemx-partner-horeca").observed(LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 14)), 0, 10).stream().filter(r -> r.description().startsWith("Gebruik op"))
                .findFirst().orElseThrow();
        assertTrue(stored.description().contains("caf\u00e9"), "Windows-1252 decoded: " + stored.description());
    }

    @Test
    void everyBadRecordIsRejectedWithFileLineFieldAndReason() throws Exception {
        Path file = write("rommelig.csv", """
                datum,bron,middel,wijk,omschrijving
                31-02-2026,Jongerenwerk,3-MMC,Noord,onmogelijke datum
                1-3-2026,Onbekende stichting,3-MMC,Noord,onbekende partij
                2-3-2026,Jongerenwerk,Snoepjes,Noord,onbekend middel
                3-3-2026,Jongerenwerk,3-MMC,Atlantis,onbekende wijk
                1-1-2099,Jongerenwerk,3-MMC,Noord,toekomst
                gisteren,Jongerenwerk,3-MMC,Noord,geen datum
                5-3-2026,Jongerenwerk,3-MMC,Noord,goed
                """, StandardCharsets.UTF_8, false);
        IntakeReport report = intake.run(file, csv, store);
        assertEquals(7, report.read());
        assertEquals(1, report.accepted());
        assertEquals(6, report.rejected());
        assertEquals(report.read(), report.accepted() + report.rejected() + report.duplicates(), "nothing lost");
        Rejection impossible = report.rejections().get(0);
        assertEquals(2, impossible.line());
        assertEquals("observedOn", impossible.field());
        assertTrue(impossible.reason().contains("impossible date '31-02-2026'"), impossible.reason());
        assertTrue(impossible.toString().startsWith(file + ":2: observedOn: "), impossible.toString());
        assertTrue(report.rejections().get(1).reason().contains("unknown partner 'Onbekende stichting'"));
        assertTrue(report.rejections().get(2).reason().contains("unknown substance 'Snoepjes'"));
        assertTrue(report.rejections().get(3).reason().contains("unknown area 'Atlantis'"));
        assertTrue(report.rejections().get(4).reason().contains("in the future"));
        assertTrue(report.rejections().get(5).reason().contains("not a date"));

        Path rejects = dir.resolve("rommelig.csv.rejects.csv");
        List<String> lines = Files.readAllLines(rejects);
        assertEquals(7, lines.size(), "a heading and one line per rejected record");
        assertTrue(lines.get(1).startsWith("2;\"observedOn\";\"impossible date"), lines.get(1));
    }

    @Test
    void aBrokenQuoteRefusesTheFileAsAWholeAndSaysWhere() throws Exception {
        Path file = write("kapot.csv", "datum;bron;middel;omschrijving\n6-3-2026;Jongerenwerk;3-MMC;goed\n"
                + "7-3-2026;Jongerenwerk;3-MMC;\"nooit gesloten\n8-3-2026;Jongerenwerk;3-MMC;kwijt\n", StandardCharsets.UTF_8,
                false);
        long before = store.count(SignalQuery.ALL);
        IOException refused = assertThrows(IOException.class, () -> intake.run(file, csv, store));
        assertTrue(refused.getMessage().startsWith(file + ":3: cannot be read as CSV"), refused.getMessage());
        assertEquals(before, store.count(SignalQuery.ALL), "nothing of the file is stored, not even the good line");
        assertEquals(0, store.quarantineCount());
        assertFalse(Files.exists(SignalIntake.rejectsReport(file)));
    }

    @Test
    void duplicatesInTheFileAndOnReimportAreSetAside() throws Exception {
        Path file = write("dubbel.csv", """
                datum;bron;middel;wijk;omschrijving
                10-3-2026;Wijkpolitie;3-MMC;Zuid;Dealen bij het park
                11-3-2026;Wijkpolitie;3-MMC;Zuid;dealen bij het park!
                20-3-2026;Wijkpolitie;3-MMC;Zuid;Dealen bij het park
                """, StandardCharsets.UTF_8, false);
        IntakeReport first = intake.run(file, csv, store);
        assertEquals(2, first.accepted(), "the third is three weeks later: a new signal");
        assertEquals(1, first.duplicates(), "one day apart, same text: the same signal");
        IntakeReport again = intake.run(file, csv, store);
        assertEquals(0, again.accepted());
        assertEquals(3, again.duplicates(), "importing the same file twice stores nothing twice");
    }

    @Test
    void aStoredSignalIsFoundAcrossTheTurnOfTheMonthAndOnlyWithinThreeDays() throws Exception {
        intake.run(write("februari.csv", """
                datum;bron;middel;wijk;omschrijving
                27-2-2026;Wijkpolitie;Cannabis;Zuid;Hennepgeur in portiek
                """, StandardCharsets.UTF_8, false), csv, store);
        IntakeReport march = intake.run(write("maart.csv", """
                datum;bron;middel;wijk;omschrijving
                2-3-2026;Wijkpolitie;Cannabis;Zuid;hennepgeur in portiek!
                3-3-2026;Wijkpolitie;Cannabis;Zuid;Hennepgeur in portiek
                2-3-2026;Wijkpolitie;Cannabis;Noord;Hennepgeur in portiek
                """, StandardCharsets.UTF_8, false), csv, store);
        assertEquals(1, march.duplicates(), "3 days after the stored signal, in the next month: the same signal");
        assertEquals(2, march.accepted(), "4 days later, or in another area: new signals");
    }

    @Test
    void aSlashSeparatesSubstancesUnlessItIsPartOfTheName() throws Exception {
        IntakeReport report = intake.run(write("slash.csv", """
                datum;bron;middel;wijk;omschrijving
                5-3-2026;GGD;MDMA/XTC;Zuid;pillen op een feest
                6-3-2026;GGD;3-MMC/cannabis;Zuid;combinatiegebruik
                7-3-2026;GGD;XTC/Snoepjes;Zuid;onbekend tweede middel
                """, StandardCharsets.UTF_8, false), csv, store);
        assertEquals(2, report.accepted(), report.rejections().toString());
        assertEquals("unknown substance 'Snoepjes'", report.rejections().get(0).reason());
        List<SignalRecord> stored = store.query(SignalQuery.ALL.sources("gemx-partner-ggd")
                .observed(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6)), 0, 10);
        assertEquals(List.of(List.of("gemx-middel-3mmc", "gemx-middel-cannabis"), List.of("gemx-middel-mdma")),
                stored.stream().map(SignalRecord::substanceIds).toList());
    }

    @Test
    void filesThatAreNotCsvAreRefusedAsAWhole() throws Exception {
        Path empty = Files.write(dir.resolve("leeg.csv"), new byte[0]);
        IOException noContent = assertThrows(IOException.class, () -> intake.run(empty, csv, store));
        assertTrue(noContent.getMessage().contains("empty"), noContent.getMessage());

        Path binary = Files.write(dir.resolve("foto.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        IOException notCsv = assertThrows(IOException.class, () -> intake.run(binary, csv, store));
        assertTrue(notCsv.getMessage().contains("not a CSV"), notCsv.getMessage());

        Path noHeading = write("zonder.csv", "a;b;c\n1;2;3\n", StandardCharsets.UTF_8, false);
        IOException unknown = assertThrows(IOException.class, () -> intake.run(noHeading, csv, store));
        assertTrue(unknown.getMessage().contains("no known column"), unknown.getMessage());
    }

    @Test
    void nothingPersonalIsFoundAnywhereInTheDataFolderAfterwards() throws Exception {
        Path file = write("privacy.csv", """
                datum;bron;middel;wijk;omschrijving
                12-3-2026;Jongerenwerk;3-MMC;Noord;Jongen (BSN 111222333) gebruikt met vrienden
                13-3-2026;Jongerenwerk;3-MMC;Noord;Moeder belde 06-87654321 en mailde anna.devries@example.nl
                14-3-2026;Wijkpolitie;cannabis;Zuid;naam: Kees Vermeulen, geboren 02-05-2010, woont 4321 ZX 7
                15-3-2026;Onbekend;3-MMC;Noord;dhr. Pietersen (onbekende partij, wordt geweigerd)
                """, StandardCharsets.UTF_8, false);
        IntakeReport report = intake.run(file, csv, store);
        assertEquals(3, report.accepted());
        assertEquals(1, report.rejected());
        assertEquals(7, report.personalDataRemovedTotal(), report.personalDataRemoved().toString());
        store.close();

        List<String> personal = List.of("111222333", "06-87654321", "anna.devries", "Vermeulen", "02-05-2010", "4321 ZX",
                "Pietersen");
        Path data = dir.resolve("data");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path found : files.filter(Files::isRegularFile).filter(f -> !f.equals(file)).toList()) {
                String content = new String(Files.readAllBytes(found), StandardCharsets.ISO_8859_1);
                for (String item : personal) {
                    assertFalse(content.contains(item), item + " found in " + found);
                }
            }
        }
        assertTrue(Files.exists(data.resolve("db")), "the database was searched too");
        store = DerbyStore.open(DerbySettings.embedded(data));
    }

    @Test
    void theDedupRuleIsConfigurable() throws Exception {
        Path file = write("dubbel.csv", """
                datum;bron;middel;wijk;omschrijving
                1-3-2026;Jongerenwerk;3-MMC;Noord;groepje jongeren bij de skatebaan gebruikt 3-MMC
                6-3-2026;Jongerenwerk;3-MMC;Noord;groepje jongeren bij de skatebaan gebruikt 3-MMC
                7-3-2026;Jongerenwerk;3-MMC;Noord;groepje jongeren bij de skatebaan gebruikt weer 3-MMC
                """, StandardCharsets.UTF_8, false);
        IntakeReport standard = new SignalIntake(store.load().municipality()).run(file, csv, null);
        assertEquals(1, standard.duplicates(), "3 days: only the 7th repeats the 6th (7 of 8 words shared)");
        IntakeReport wide = new SignalIntake(store.load().municipality(), new SignalIntake.DedupRule(7, 0.8))
                .run(file, csv, null);
        assertEquals(2, wide.duplicates(), "a week: the 6th repeats the 1st too");
        IntakeReport strict = new SignalIntake(store.load().municipality(), new SignalIntake.DedupRule(7, 1.0))
                .run(file, csv, null);
        assertEquals(1, strict.duplicates(), "identical text only: the 7th is not the same");
        assertThrows(IllegalArgumentException.class, () -> new SignalIntake.DedupRule(-1, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new SignalIntake.DedupRule(3, 0));
    }
}
