// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regie.model.Municipality;
import nl.regie.model.resource.RegieResources;
import nl.regie.sample.GemeenteX;

/** Exchange files come from outside: no DTD, no external entity, no other document, bounded size, clear errors. */
class UntrustedImportTest {

    @TempDir
    Path dir;

    @Test
    void anExportedWorkspaceImportsAsItWas() throws IOException {
        Path file = dir.resolve("gemeente-x.xmi");
        Municipality original = GemeenteX.create();
        RegieResources.save(original, file);
        assertTrue(Files.readString(file).contains("Meersporenplan 3-MMC"), "the archive is readable text");
        Municipality imported = RegieResources.loadUntrusted(file, RegieResources.DEFAULT_MAX_IMPORT_BYTES);
        assertTrue(EcoreUtil.equals(original, imported));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "GEHEIM");
        Path file = dir.resolve("hostile.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<regie:Municipality xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:regie=\"http://regie.nl/model/1.0\""
                + " xmi:version=\"2.0\" name=\"&x;\"/>\n");
        IOException refused = assertThrows(IOException.class,
                () -> RegieResources.loadUntrusted(file, RegieResources.DEFAULT_MAX_IMPORT_BYTES));
        assertTrue(refused.getMessage().startsWith(file.toString() + ":"), refused.getMessage());
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertFalse(refused.getMessage().contains("GEHEIM"));
    }

    @Test
    void aReferenceToAnotherDocumentIsRefused() throws IOException {
        Path file = dir.resolve("proxy.xmi");
        RegieResources.save(GemeenteX.create(), file);
        String xml = Files.readString(file);
        int at = xml.indexOf("source=\"");
        String hostile = xml.substring(0, at) + "source=\"http://example.invalid/other.regie#p1\""
                + xml.substring(xml.indexOf('"', at + 8) + 1);
        Files.writeString(file, hostile);
        IOException refused = assertThrows(IOException.class,
                () -> RegieResources.loadUntrusted(file, RegieResources.DEFAULT_MAX_IMPORT_BYTES));
        assertTrue(refused.getMessage().contains("another document"), refused.getMessage());
    }

    @Test
    void aTooLargeFileIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("big.xmi");
        RegieResources.save(GemeenteX.create(), file);
        IOException refused = assertThrows(IOException.class, () -> RegieResources.loadUntrusted(file, 1000));
        assertTrue(refused.getMessage().contains("1000 bytes allowed"), refused.getMessage());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<regie:Municipality xmlns:regie=\"http://regie.nl/model/1.0\"\n"
                + "   name=\"X\">\n  <partners name=\"unclosed\">\n</regie:Municipality>\n");
        IOException refused = assertThrows(IOException.class,
                () -> RegieResources.loadUntrusted(file, RegieResources.DEFAULT_MAX_IMPORT_BYTES));
        assertTrue(refused.getMessage().matches("\\Q" + file + "\\E:\\d+:\\d+: .*"), refused.getMessage());
    }

    @Test
    void aFileWithoutMunicipalityIsRefused() throws IOException {
        Path file = dir.resolve("other.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<regie:Partner xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:regie=\"http://regie.nl/model/1.0\" xmi:version=\"2.0\" name=\"alone\"/>\n");
        IOException refused = assertThrows(IOException.class,
                () -> RegieResources.loadUntrusted(file, RegieResources.DEFAULT_MAX_IMPORT_BYTES));
        assertEquals(file + ": the root element is not a Regie municipality", refused.getMessage());
    }
}
