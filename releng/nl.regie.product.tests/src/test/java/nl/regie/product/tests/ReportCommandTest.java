// SPDX-License-Identifier: EPL-2.0
package nl.regie.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.regie.product.tests.ProductCommand.Result;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The seed scenario evaluated and reported by the built product, headless: 3-MMC signals after the plan started are
 * imported, the analyst's figures for Gemeente X's tracks come in with a workspace import (the seed gives none),
 * {@code evaluate} prints progress and the scorecard, {@code report} writes the council letter as PDF (with its tables
 * as XLSX) and the policy plan as HTML. The PDF is read back and rendered to PNG with PDFBox, and the pictures are
 * kept in {@code target/evidence}.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    private Result regie(String... command) throws IOException, InterruptedException {
        return ProductCommand.run(dir.resolve("data"), command);
    }

    private static Element byId(Document xmi, String id) {
        NodeList all = xmi.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static void child(Element parent, String feature, String... attributes) {
        Element child = parent.getOwnerDocument().createElement(feature);
        for (int i = 0; i < attributes.length; i += 2) {
            child.setAttribute(attributes[i], attributes[i + 1]);
        }
        parent.appendChild(child);
    }

    /** The analyst's figures after the first months (test data: the seed has none). */
    private void enterFigures(Path archive) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xmi = factory.newDocumentBuilder().parse(archive.toFile());
        Element parents = byId(xmi, "gemx-ind-ouders-bereikt");
        parents.setAttribute("baseline", "0.0");
        parents.setAttribute("target", "40.0");
        Element trained = byId(xmi, "gemx-ind-getraind-personeel");
        trained.setAttribute("baseline", "10.0");
        trained.setAttribute("target", "80.0");
        Element course = byId(xmi, "gemx-a-oudercursus");
        course.setAttribute("status", "IN_PROGRESS");
        course.setAttribute("fidelity", "90");
        child(course, "reAim", "id", "r1", "dimension", "REACH", "value", "60.0", "measure",
                "aandeel ouders van de groep dat de cursus volgt", "dataSource", "registratie verslavingszorg");
        child(course, "reAim", "id", "r2", "dimension", "IMPLEMENTATION", "value", "80.0", "measure",
                "bijeenkomsten gegeven zoals bedoeld", "dataSource", "trainers");
        Element training = byId(xmi, "gemx-a-training-horeca");
        training.setAttribute("status", "COMPLETED");
        training.setAttribute("fidelity", "70");
        child(training, "reAim", "id", "r3", "dimension", "REACH", "value", "40.0", "measure",
                "aandeel horecapersoneel getraind", "dataSource", "presentielijsten");
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(xmi), new StreamResult(archive.toFile()));
    }

    @Test
    void theCouncilLetterShowsProgressPerTrackAndThe3MmcTrendAndRendersAsPdf() throws Exception {
        // 3-MMC signals after the plan started (1 June 2026), as a partner's file
        StringBuilder csv = new StringBuilder("datum;bron;middel;wijk;omschrijving\n");
        for (int week = 0; week < 7; week++) {
            csv.append(java.time.LocalDate.of(2026, 7, 6).plusWeeks(week).format(java.time.format.DateTimeFormatter
                    .ofPattern("d-M-yyyy"))).append(";Jongerenwerk;3-MMC;Noord;3-MMC gezien bij de skatebaan, week ")
                    .append(week).append('\n');
        }
        Result intake = regie("import-signals", Files.writeString(dir.resolve("signalen.csv"), csv).toString());
        assertEquals(0, intake.exit(), intake.out());

        Path archive = dir.resolve("gemeente-x.xmi");
        assertEquals(0, regie("export-workspace", archive.toString()).exit());
        enterFigures(archive);
        Result imported = regie("import-workspace", archive.toString());
        assertEquals(0, imported.exit(), imported.out());

        // the measurements come from a partner's file; a row that cannot be taken is kept with its reason
        Path measurements = Files.writeString(dir.resolve("metingen.csv"), "Indicator;Datum;Waarde;Uitsplitsing\n"
                + "Ouders bereikt met de oudercursus;30-9-2026;12;\n"
                + "Ouders bereikt met de oudercursus;15-11-2026;24;\n"
                + "Ouders bereikt met de oudercursus;15-11-2026;3;wijk=Noord\n"
                + "Getraind horecapersoneel;1-11-2026;45;\n"
                + "Getraind horecapersoneel;1-12-2026;veel;\n");
        Result measured = regie("import-measurements", measurements.toString());
        assertEquals(0, measured.exit(), measured.out());
        assertTrue(measured.out().contains("taken 4, not taken 1"), measured.out());
        assertTrue(Files.readString(dir.resolve("metingen.csv.rejects.csv")).contains("'veel' is geen getal"),
                "the row not taken, with its reason");

        Result evaluate = regie("evaluate");
        assertEquals(0, evaluate.exit(), evaluate.out());
        assertTrue(evaluate.out().contains("1/1 under way, fidelity 90%"), evaluate.out());
        assertTrue(evaluate.out().contains("Ouders bereikt met de oudercursus: ON_TRACK"), evaluate.out());
        assertTrue(evaluate.out().contains("point(s) for the evaluation"), evaluate.out());
        // the computed indicators of Regie's own DS component, found as services by the headless application
        assertTrue(evaluate.out().contains("Computed indicators:"), evaluate.out());
        assertTrue(evaluate.out().matches("(?s).*\\n  \\S[^\\n]*: \\d+\\.\\d %.*"), "a share in percent: " + evaluate.out());

        Path letter = dir.resolve("raadsinformatiebrief.pdf");
        Result report = regie("report", "--format", "pdf", "--out", letter.toString(), "--tables");
        assertEquals(0, report.exit(), report.out());
        Path html = dir.resolve("beleidsplan.html");
        Result plan = regie("report", "--format", "html", "--out", html.toString(), "--kind", "policy-plan");
        assertEquals(0, plan.exit(), plan.out());
        String page = Files.readString(html);
        assertTrue(page.contains("<h2>Doelen per pijler</h2>") && page.contains("<h2>Financi\u00ebn</h2>"), "the model plan's parts");
        assertFalse(page.contains("<script"), "nothing executable");

        Path evidence = Path.of(System.getProperty("regie.evidence.dir", "target/evidence"));
        Files.createDirectories(evidence);
        try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Raadsinformatiebrief drugspreventie Gemeente X"), text);
            assertTrue(text.contains("Voortgang per spoor") && text.contains("op koers"), "progress per track: " + text);
            assertTrue(text.contains("RE-AIM-scorekaart"), text);
            assertTrue(text.contains("Signaaltrends per spoor"), text);
            assertTrue(text.contains("3-MMC"), text);
            assertTrue(text.contains("<5"), "small counts are suppressed: " + text);
            assertTrue(text.contains("Kengetallen berekend uit de werkruimte"), "the computed indicators: " + text);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < Math.min(pdf.getNumberOfPages(), 4); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 70);
                ImageIO.write(image, "png", evidence.resolve("report-page-" + (i + 1) + ".png").toFile());
                assertTrue(colours(image) > 8, "page " + (i + 1) + " is not blank");
            }
        }
        Files.copy(letter, evidence.resolve("raadsinformatiebrief.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // the tables as XLSX: no formula anywhere, small counts as text "<5"
        Path xlsx = letter.resolveSibling(letter.getFileName() + ".xlsx");
        StringBuilder sheets = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/")) {
                    sheets.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertFalse(sheets.toString().contains("<f>") || sheets.toString().contains("<f "), "no formulas");
        assertTrue(sheets.toString().contains("&lt;5"), "a suppressed count");
        // and every table as a CSV file of its own
        java.util.regex.Matcher written = java.util.regex.Pattern.compile("(\\d+) tables").matcher(report.out());
        assertTrue(written.find(), report.out());
        List<Path> csvs;
        try (var files = Files.list(letter.resolveSibling(letter.getFileName() + "-tabellen"))) {
            csvs = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(Integer.parseInt(written.group(1)), csvs.size(), "a CSV per table: " + csvs);
        StringBuilder csvText = new StringBuilder();
        for (Path table : csvs) {
            csvText.append(Files.readString(table));
        }
        assertTrue(csvText.toString().contains(";<5"), "small counts suppressed in CSV too");
    }

    private static int colours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
