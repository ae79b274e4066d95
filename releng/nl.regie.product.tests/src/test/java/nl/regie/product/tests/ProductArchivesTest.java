// SPDX-License-Identifier: EPL-2.0
package nl.regie.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The product archives an IT department hands out: Linux (GTK, x86_64, tar.gz; it is the one started under Xvfb by
 * {@link ProductLaunchTest}) and Windows (win32 x86_64, zip). Each holds its own start script, its platform's SWT and
 * e4 fragments and none of the other platform's, the example service settings and customization; the Windows one is
 * not started here (no Windows on this machine), only checked for what it must hold.
 */
class ProductArchivesTest {

    private static Path products() {
        // regie.product.dir is products/nl.regie.product/linux/gtk/x86_64/regie
        return Path.of(System.getProperty("regie.product.dir", "missing")).getParent().getParent().getParent().getParent()
                .getParent();
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static List<String> tarEntries(Path tar) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("tar", "tzf", tar.toString()).redirectErrorStream(true).start();
        List<String> names = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor());
        return names;
    }

    @Test
    void theWindowsArchiveHoldsItsScriptAndItsOwnPlatformBundles() throws Exception {
        Path zip = products().resolve("nl.regie.product-win32.win32.x86_64.zip");
        assertTrue(Files.isRegularFile(zip), "built: " + zip);
        List<String> names = zipEntries(zip);
        assertTrue(names.contains("regie/regie.cmd"), "the Windows start script");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("regie/plugins/org.eclipse.swt.win32.win32.x86_64_")), "SWT");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("regie/plugins/org.eclipse.e4.ui.swt.win32_")), "e4 on win32");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("regie/plugins/nl.regie.app_")), "Regie itself");
        assertTrue(names.contains("regie/services/nl.regie.store.derby.cfg.example")
                && names.contains("regie/plugin_customization.ini.example"), "the configuration examples");
        assertTrue(names.stream().noneMatch(n -> n.contains("gtk")), "nothing of GTK: " + names.stream()
                .filter(n -> n.contains("gtk")).toList());
        assertTrue(names.stream().noneMatch(n -> n.equals("regie/regie")), "no Linux script");
    }

    @Test
    void theLinuxArchiveHoldsNothingOfWindows() throws Exception {
        Path tar = products().resolve("nl.regie.product-linux.gtk.x86_64.tar.gz");
        assertTrue(Files.isRegularFile(tar), "built: " + tar);
        List<String> names = tarEntries(tar);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("regie/regie") || n.equals("regie")), "the Linux script");
        assertTrue(names.stream().anyMatch(n -> n.contains("org.eclipse.swt.gtk.linux.x86_64_")), "SWT for GTK");
        assertTrue(names.stream().noneMatch(n -> n.contains("win32") || n.endsWith(".cmd")), names.stream()
                .filter(n -> n.contains("win32")).toList().toString());
    }
}
