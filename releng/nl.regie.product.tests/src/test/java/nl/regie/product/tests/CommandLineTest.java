// SPDX-License-Identifier: EPL-2.0
package nl.regie.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regie.product.tests.ProductCommand.Result;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands of the built product, run as {@code ./regie} runs them (the product's script with
 * {@code -application nl.regie.cli.headless}), on a real data folder: info, export, backup, a refused hostile
 * import, a good import, restore.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    private Result regie(String... command) throws IOException, InterruptedException {
        return ProductCommand.run(dir.resolve("data"), command);
    }

    /** A one-sheet .xlsx with inline strings, as a zip of SpreadsheetML parts. */
    private static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rows.get(r).get(c)).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"" + rels + "\"><sheets><sheet name=\"Signalen\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet.toString());
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void theRegionViewSetsMunicipalitiesSideBySideAndAccountsSayWhatTheyNeed() throws Exception {
        Path other = dir.resolve("other");
        assertEquals(0, ProductCommand.run(other, "info").exit());
        assertEquals(0, regie("info").exit());
        Result region = regie("region", "--store", dir.resolve("data").toString(), "--store", other.toString(),
                "--by", "substance");
        assertEquals(0, region.exit(), region.out());
        assertTrue(region.out().contains("substance  Gemeente X  Gemeente X  regio"), region.out());
        assertTrue(region.out().contains("<5"), "the example's few signals are suppressed: " + region.out());
        Path csv = dir.resolve("regio.csv");
        Result written = regie("region", "--store", dir.resolve("data").toString(), "--store", other.toString(),
                "--out", csv.toString());
        assertEquals(0, written.exit(), written.out());
        assertTrue(Files.readString(csv).contains("<5"), Files.readString(csv));
        Result usage = regie("region");
        assertEquals(2, usage.exit(), usage.out());
        assertTrue(usage.out().contains("at least one --store"), usage.out());

        Result whoami = regie("accounts", "whoami");
        assertEquals(0, whoami.exit(), whoami.out());
        assertTrue(whoami.out().contains("administrator (this database has no accounts)"), whoami.out());
        Result enable = regie("accounts", "enable");
        assertEquals(1, enable.exit(), enable.out());
        assertTrue(enable.out().contains("accounts need a shared database"), enable.out());
    }

    @Test
    void theHeadlessCommandsWorkOnARealDataFolder() throws Exception {
        Result clusters = regie("clusters", "--until", "2026-03-31");
        assertEquals(0, clusters.exit(), clusters.out());
        assertTrue(clusters.out().contains("3-MMC: 3 signals in 8 weeks"), "the seed scenario: " + clusters.out());

        Result info = regie("info");
        assertEquals(0, info.exit(), info.out());
        assertTrue(info.out().contains("Municipality: Gemeente X"), info.out());
        assertTrue(info.out().contains("Version:      1 "), info.out());
        assertTrue(info.out().contains("Signals:      4"), info.out());

        Path archive = dir.resolve("gemeente-x.xmi");
        Result export = regie("export-workspace", archive.toString());
        assertEquals(0, export.exit(), export.out());
        assertTrue(export.out().contains("with 4 signals"), export.out());
        assertTrue(Files.readString(archive).contains("Meersporenplan 3-MMC"), "a readable archive");

        Path backups = dir.resolve("backups");
        Result backup = regie("backup", backups.toString());
        assertEquals(0, backup.exit(), backup.out());
        assertTrue(Files.exists(backups.resolve("db").resolve("service.properties")), backup.out());

        Path hostile = dir.resolve("hostile.xmi");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<regie:Municipality xmlns:regie=\"http://regie.nl/model/1.0\" name=\"&x;\"/>\n");
        Result refused = regie("import-workspace", hostile.toString());
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.out().contains(hostile.toString()) && refused.out().contains("DOCTYPE"), refused.out());
        assertTrue(!refused.out().contains("root:"), "no file content leaks");
        assertTrue(regie("history").out().strip().lines().count() == 1, "the refused import saved nothing");

        Files.writeString(archive, Files.readString(archive).replace("name=\"Gemeente X\"", "name=\"Gemeente Y\""));
        Result imported = regie("import-workspace", archive.toString());
        assertEquals(0, imported.exit(), imported.out());
        assertTrue(imported.out().contains("as version 2") && imported.out().contains("with 4 signals"), imported.out());
        assertTrue(regie("info").out().contains("Municipality: Gemeente Y"));
        String history = regie("history").out();
        assertTrue(history.contains("Imported from gemeente-x.xmi"), history);

        Result restore = regie("restore", backups.toString());
        assertEquals(0, restore.exit(), restore.out());
        Result after = regie("info");
        assertTrue(after.out().contains("Municipality: Gemeente X") && after.out().contains("Version:      1 "),
                after.out());

        Path signals = Files.writeString(dir.resolve("signalen.csv"), "datum;bron;middel;wijk;omschrijving\n"
                + "2-4-2026;Jongerenwerk;3-MMC;Noord;Groepje bij de skatebaan, bel 06-12345678\n"
                + "3-4-2026;Wijkpolitie;3-MMC;Noord;Dealen bij de skatebaan\n"
                + "31-4-2026;Jongerenwerk;3-MMC;Noord;onmogelijke datum\n");
        Result intake = regie("import-signals", signals.toString());
        assertEquals(0, intake.exit(), intake.out());
        assertTrue(intake.out().contains("read 3, accepted 2, rejected 1, duplicates 0, personal data removed 1"),
                intake.out());
        assertTrue(Files.readString(dir.resolve("signalen.csv.rejects.csv")).contains("\"onmogelijke datum '31-4-2026'\""),
                "the reason in the product's language (nl by default)");
        assertTrue(regie("info").out().contains("Signals:      6"), "4 + 2 accepted");
        Result unreadable = regie("import-signals", Files.write(dir.resolve("leeg.csv"), new byte[0]).toString());
        assertEquals(1, unreadable.exit(), unreadable.out());
        assertTrue(unreadable.out().contains("leeg.csv: the file is empty"), unreadable.out());

        // A partner whose headings Regie does not know: a saved column mapping, and an Excel workbook.
        Path mappings = Files.createDirectories(dir.resolve("data").resolve("mappings"));
        Files.writeString(mappings.resolve("horeca.properties"), "Wanneer=observedOn\nWie=source\nWat=substances\n"
                + "Waar=area\nVerhaal=description\n");
        Path workbook = xlsx(dir.resolve("horeca.xlsx"), List.of(List.of("Wanneer", "Wie", "Wat", "Waar", "Verhaal"),
                List.of("4-4-2026", "Horecaondernemers uitgaansgebied", "3-MMC", "Centrum (uitgaansgebied)",
                        "Poeder in de toiletten"), List.of("5-4-2026", "Horecaondernemers uitgaansgebied", "Snoep",
                        "Centrum (uitgaansgebied)", "onbekend middel")));
        Result withoutMapping = regie("import-signals", workbook.toString());
        assertEquals(1, withoutMapping.exit(), withoutMapping.out());
        assertTrue(withoutMapping.out().contains("no known column"), withoutMapping.out());
        Result mapped = regie("import-signals", workbook.toString(), "--format", "xlsx", "--mapping", "horeca");
        assertEquals(0, mapped.exit(), mapped.out());
        assertTrue(mapped.out().contains("read 2, accepted 1, rejected 1, duplicates 0, personal data removed 0"),
                mapped.out());
        assertTrue(Files.readString(dir.resolve("horeca.xlsx.rejects.csv")).contains("onbekend middel 'Snoep'"));
        Result unknownMapping = regie("import-signals", workbook.toString(), "--mapping", "nergens");
        assertEquals(1, unknownMapping.exit(), unknownMapping.out());
        assertTrue(unknownMapping.out().contains("no column mapping 'nergens'"), unknownMapping.out());

        Result usage = regie("frobnicate");
        assertEquals(2, usage.exit(), usage.out());
    }
}
