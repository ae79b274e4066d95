// SPDX-License-Identifier: EPL-2.0
package nl.regie.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regie.model.Action;
import nl.regie.model.Municipality;
import nl.regie.reports.Cells;
import nl.regie.reports.Exports;
import nl.regie.reports.Monitor;
import nl.regie.reports.Report;
import nl.regie.reports.Reports;
import nl.regie.reports.Table;
import nl.regie.sample.GemeenteX;

/**
 * Suppression of small counts and formula safety on hostile values, in every output: the cell functions, CSV, XLSX,
 * HTML; and a report that is cancelled stops without writing anything.
 */
class SafeExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"klik\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "   =1+1", "=1+1"})
    void aTextThatStartsLikeAFormulaIsDefused(String hostile) {
        String safe = Cells.text(hostile);
        assertTrue(safe.startsWith("'"), safe);
        assertEquals(hostile, safe.substring(1), "the text itself is kept");
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        assertEquals("3-MMC op straat", Cells.text("3-MMC op straat"));
        assertEquals("-5", Cells.text("-5"), "a negative number is not a formula");
        assertEquals("-", Cells.text("-"), "Regie's 'no value' dash stays as it is");
        assertEquals("'-=1+1", Cells.text("-=1+1"));
        assertEquals("+31", Cells.text("+31"));
        assertEquals("", Cells.text(null));
    }

    @Test
    void countsBelowFiveAreShownAsLessThanFive() {
        for (long n = 0; n < 5; n++) {
            assertEquals("<5", Cells.count(n), "count " + n);
        }
        assertEquals("5", Cells.count(5));
        assertEquals("1234", Cells.count(1234));
        assertEquals("<5", Table.text(new Table.Count(3)));
        assertEquals("17", Table.display(new Table.Count(17)));
    }

    private Table hostileTable() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("=HYPERLINK(\"http://evil.example\")", new Table.Count(3), 12.5));
        rows.add(List.of("<script>alert(1)</script>", new Table.Count(40), "-1+1"));
        return new Table("Signalen = gevaarlijk?", List.of("=Wijk", "Signalen", "Budget"), rows);
    }

    @Test
    void csvSuppressesAndDefusesEveryCellAndHeading() throws Exception {
        Path csv = dir.resolve("tabel.csv");
        Exports.csv(hostileTable(), csv);
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertEquals("'=Wijk;Signalen;Budget", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\";<5;12.5"), lines.get(1));
        assertEquals("<script>alert(1)</script>;40;'-1+1", lines.get(2));
        assertFalse(Files.exists(dir.resolve("tabel.csv.part")));
    }

    @Test
    void xlsxHoldsNoFormulaAndSmallCountsAsText() throws Exception {
        Path xlsx = dir.resolve("tabellen.xlsx");
        Exports.xlsx(List.of(hostileTable()), xlsx);
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                xml.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String all = xml.toString();
        assertFalse(all.contains("<f>") || all.contains("<f "), "no formula cells");
        assertTrue(all.contains("'=HYPERLINK") || all.contains("&apos;=HYPERLINK") || all.contains("&#39;=HYPERLINK"),
                "the hostile text is defused");
        assertFalse(all.contains(">=HYPERLINK"), "never as it came");
        assertTrue(all.contains("&lt;5"), "the small count as text");
        assertTrue(all.contains("<v>40</v>") || all.contains(">40<"), "a count of 40 stays a number");
    }

    @Test
    void theHtmlReportEscapesWhatPartnersTypedAndSuppressesSmallCounts() throws Exception {
        Municipality x = GemeenteX.create();
        Action first = x.getPolicies().get(0).getActionPlans().get(0).getTracks().get(0).getActions().get(0);
        first.setTitle("<img src=x onerror=alert(1)> =HYPERLINK(\"http://evil.example\")");
        Reports reports = new Reports(x, null, null, LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl"), List.of());
        Path html = dir.resolve("brief.html");
        Report report = reports.write(Reports.Kind.COUNCIL_LETTER, Reports.Format.HTML, html, true, Monitor.NONE);
        String page = Files.readString(html);
        assertFalse(page.contains("<img src=x"), "escaped");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "shown as text");
        assertTrue(page.contains("Er is geen signalenbestand gekoppeld"), "without a store the report says so");
        assertEquals(6, report.sections().size());
        assertTrue(Files.exists(dir.resolve("brief.html.xlsx")));
        // and every table as its own CSV file, the small counts suppressed there too
        List<Path> csvs;
        try (var files = Files.list(dir.resolve("brief.html-tabellen"))) {
            csvs = files.sorted().toList();
        }
        assertEquals(report.tables().size(), csvs.size(), csvs.toString());
        assertTrue(csvs.get(0).getFileName().toString().startsWith("01-"), csvs.toString());
        String all = csvs.stream().map(f -> {
            try {
                return Files.readString(f);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).reduce("", String::concat);
        assertTrue(all.contains("<img src=x onerror=alert(1)>"), "the action's title as text (CSV is not HTML)");
    }

    /**
     * An organisation's computed indicator goes into the council letter and the policy plan: a count below 5 shows as
     * "&lt;5", a hostile name is escaped in HTML and defused in the XLSX export of the tables.
     */
    @Test
    void anOrganisationsComputedIndicatorIsReportedWithItsSmallCountSuppressedAndItsTextDefused() throws Exception {
        nl.regie.evaluation.EvaluationIndicator ggd = new nl.regie.evaluation.EvaluationIndicator() {
            @Override
            public String name(Locale locale) {
                return "GGD-monitor";
            }

            @Override
            public List<Value> measure(Context context) {
                return List.of(new Value("=HYPERLINK(\"http://evil.example\") <b>jongeren</b>", "personen", 3.0, "wijk Noord",
                        "GGD-registratie", true), new Value("Jongeren bereikt", "personen", 41.0, "", "GGD-registratie", true));
            }
        };
        Reports reports = new Reports(GemeenteX.create(), null, null, LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl"),
                List.of(), List.of(ggd));
        Path html = dir.resolve("brief.html");
        reports.write(Reports.Kind.COUNCIL_LETTER, Reports.Format.HTML, html, true, Monitor.NONE);
        String page = Files.readString(html);
        assertTrue(page.contains("Kengetallen berekend uit de werkruimte"), "the table of computed indicators");
        assertTrue(page.contains("&lt;b&gt;jongeren&lt;/b&gt;") && !page.contains("<b>jongeren"), "escaped");
        assertTrue(page.contains("<td>wijk Noord</td><td>&lt;5</td>"), "3 people shown as <5");
        assertTrue(page.contains("<td>41</td>"), "41 people shown");
        String cells;
        try (ZipFile xlsx = new ZipFile(dir.resolve("brief.html.xlsx").toFile())) {
            StringBuilder all = new StringBuilder();
            for (var entry : java.util.Collections.list(xlsx.entries())) {
                all.append(new String(xlsx.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            cells = all.toString();
        }
        assertTrue(cells.contains("'=HYPERLINK") || cells.contains("&apos;=HYPERLINK") || cells.contains("&#39;=HYPERLINK"),
                "defused in the spreadsheet");
        assertFalse(cells.contains(">=HYPERLINK") || cells.contains("<f>"), "never as a formula");
        // the same table as its own CSV file: the small count suppressed, the hostile name defused
        Path computedCsv;
        try (var files = Files.list(dir.resolve("brief.html-tabellen"))) {
            computedCsv = files.filter(f -> f.getFileName().toString().endsWith("-kengetallen-berekend-uit-de-werkruimte.csv"))
                    .findFirst().orElseThrow(() -> new AssertionError("no CSV for the computed indicators"));
        }
        String csv = Files.readString(computedCsv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") <b>jongeren</b>\";wijk Noord;<5;"), csv);
        assertTrue(csv.contains("Jongeren bereikt;-;41;personen;GGD-registratie"), csv);
        // a second run with fewer tables leaves no out-of-date file behind
        Files.writeString(dir.resolve("brief.html-tabellen").resolve("99-oud.csv"), "oud");
        new Reports(GemeenteX.create(), null, null, LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl"), List.of())
                .write(Reports.Kind.COUNCIL_LETTER, Reports.Format.HTML, html, true, Monitor.NONE);
        try (var files = Files.list(dir.resolve("brief.html-tabellen"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("99-oud.csv")
                    || f.getFileName().toString().contains("kengetallen")), "only this run's tables");
        }
        Report plan = reports.policyPlan(Monitor.NONE);
        assertTrue(plan.tables().stream().anyMatch(t -> t.title().equals("Kengetallen berekend uit de werkruimte")),
                "and in the policy plan's monitoring section");
    }

    /**
     * A section an organisation contributes goes into the document it applies to, with its small counts suppressed
     * and its text escaped like Regie's own; a section that fails says so in the report instead of breaking it.
     */
    @Test
    void aContributedSectionIsReportedSafelyAndABrokenOneIsNamed() throws Exception {
        nl.regie.reports.ReportSection monitor = new nl.regie.reports.ReportSection() {
            @Override
            public String name(Locale locale) {
                return "GGD-monitor";
            }

            @Override
            public boolean appliesTo(Reports.Kind kind) {
                return kind == Reports.Kind.COUNCIL_LETTER;
            }

            @Override
            public Report.Section section(Context context) {
                return new Report.Section("Jeugdmonitor GGD regio", List.of(new Report.Paragraph("Uit de monitor van "
                        + context.municipality().getName() + " <script>"), new Table("Jongeren die 3-MMC ooit gebruikten",
                        List.of("Klas", "Aantal"), List.of(List.of("=klas 4", new Table.Count(3)),
                                List.of("klas 5", new Table.Count(12))))));
            }
        };
        nl.regie.reports.ReportSection broken = new nl.regie.reports.ReportSection() {
            @Override
            public String name(Locale locale) {
                return "Kapot onderdeel";
            }

            @Override
            public boolean appliesTo(Reports.Kind kind) {
                return true;
            }

            @Override
            public Report.Section section(Context context) {
                throw new IllegalStateException("bron onbereikbaar");
            }
        };
        Reports reports = new Reports(GemeenteX.create(), null, null, LocalDate.of(2026, 11, 28), Locale.forLanguageTag("nl"),
                List.of()).with(List.of(monitor, broken));
        Path html = dir.resolve("brief.html");
        Report letter = reports.write(Reports.Kind.COUNCIL_LETTER, Reports.Format.HTML, html, true, Monitor.NONE);
        List<String> headings = letter.sections().stream().map(Report.Section::heading).toList();
        assertEquals("Jeugdmonitor GGD regio", headings.get(headings.size() - 3), headings.toString());
        assertEquals("Kapot onderdeel", headings.get(headings.size() - 2), "before the next steps: " + headings);
        String page = Files.readString(html);
        assertTrue(page.contains("Uit de monitor van Gemeente X &lt;script&gt;") && !page.contains("<script>"), "escaped");
        assertTrue(page.contains("<td>'=klas 4</td><td>&lt;5</td>") || page.contains("<td>=klas 4</td><td>&lt;5</td>"),
                "3 shown as <5");
        assertTrue(page.contains("<td>klas 5</td><td>12</td>"), page);
        assertTrue(page.contains("Het onderdeel Kapot onderdeel kon niet worden gemaakt: bron onbereikbaar"), "named");
        String csv;
        try (var files = Files.list(dir.resolve("brief.html-tabellen"))) {
            Path table = files.filter(f -> f.getFileName().toString().endsWith("jongeren-die-3-mmc-ooit-gebruikten.csv"))
                    .findFirst().orElseThrow();
            csv = Files.readString(table);
        }
        assertTrue(csv.contains("'=klas 4;<5"), "defused and suppressed in CSV: " + csv);
        Report plan = reports.policyPlan(Monitor.NONE);
        assertTrue(plan.sections().stream().noneMatch(s -> s.heading().equals("Jeugdmonitor GGD regio")),
                "only in the documents it applies to");
        assertEquals("Kapot onderdeel", plan.sections().get(plan.sections().size() - 1).heading());
    }

    @Test
    void aCancelledReportStopsAndWritesNothing() {
        Reports reports = new Reports(GemeenteX.create(), null, null, LocalDate.of(2026, 11, 28), Locale.ENGLISH, List.of());
        int[] steps = {0};
        Monitor cancelAfterTwo = new Monitor() {
            @Override
            public void step(String what) {
                steps[0]++;
            }

            @Override
            public boolean cancelled() {
                return steps[0] >= 2;
            }
        };
        Path pdf = dir.resolve("plan.pdf");
        assertThrows(CancellationException.class,
                () -> reports.write(Reports.Kind.POLICY_PLAN, Reports.Format.PDF, pdf, false, cancelAfterTwo));
        assertFalse(Files.exists(pdf) || Files.exists(dir.resolve("plan.pdf.part")));
        assertEquals(2, steps[0]);
    }
}
