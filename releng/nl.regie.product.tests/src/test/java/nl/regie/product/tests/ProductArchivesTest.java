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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product archives an IT department hands out: Linux (GTK, x86_64, tar.gz; it is the one started under Xvfb by
 * {@link ProductLaunchTest}), Windows (win32 x86_64, zip) and macOS (cocoa aarch64 and x86_64, tar.gz of Regie.app).
 * Each holds its own start script, its platform's SWT and e4 fragments and none of the other platforms', the example
 * service settings and customization; the Windows and macOS ones are not started here (neither runs on this machine),
 * only checked for what they must hold.
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
        assertTrue(names.stream().noneMatch(n -> n.contains("gtk") || n.contains("cocoa")), "nothing of GTK or cocoa: "
                + names.stream().filter(n -> n.contains("gtk") || n.contains("cocoa")).toList());
        assertTrue(names.stream().noneMatch(n -> n.equals("regie/regie")), "no Linux script");
    }

    @ParameterizedTest
    @ValueSource(strings = { "aarch64", "x86_64" })
    void theMacArchivesHoldAnApplicationBundle(String arch) throws Exception {
        Path tar = products().resolve("nl.regie.product-macosx.cocoa." + arch + ".tar.gz");
        assertTrue(Files.isRegularFile(tar), "built: " + tar);
        Process process = new ProcessBuilder("tar", "tzvf", tar.toString()).redirectErrorStream(true).start();
        List<String> listing = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, process.waitFor());
        List<String> names = listing.stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
        assertTrue(names.contains("Regie.app/Contents/Info.plist"), "the bundle's Info.plist");
        String executable = listing.stream().filter(line -> line.endsWith(" Regie.app/Contents/MacOS/Regie")).findFirst()
                .orElseThrow(() -> new AssertionError("no Regie.app/Contents/MacOS/Regie"));
        assertTrue(executable.startsWith("-rwx"), "executable: " + executable);
        String script = listing.stream().filter(line -> line.endsWith(" Regie.app/Contents/Eclipse/regie")).findFirst()
                .orElseThrow(() -> new AssertionError("no start script in Contents/Eclipse"));
        assertTrue(script.startsWith("-rwx"), "executable: " + script);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Regie.app/Contents/Eclipse/plugins/org.eclipse.swt.cocoa.macosx."
                + arch + "_")), "SWT for cocoa " + arch);
        assertTrue(names.stream().anyMatch(n -> n.startsWith(
                "Regie.app/Contents/Eclipse/plugins/org.eclipse.e4.ui.workbench.renderers.swt.cocoa_")), "e4 on cocoa");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Regie.app/Contents/Eclipse/plugins/nl.regie.app_")), "Regie");
        assertTrue(names.contains("Regie.app/Contents/Eclipse/services/nl.regie.store.derby.cfg.example"), "examples");
        String other = "aarch64".equals(arch) ? "x86_64" : "aarch64";
        assertTrue(names.stream().noneMatch(n -> n.contains("gtk") || n.contains("win32") || n.contains("macosx." + other)),
                names.stream().filter(n -> n.contains("gtk") || n.contains("win32") || n.contains("macosx." + other))
                        .toList().toString());
    }

    @Test
    void theLinuxArchiveHoldsNothingOfWindows() throws Exception {
        Path tar = products().resolve("nl.regie.product-linux.gtk.x86_64.tar.gz");
        assertTrue(Files.isRegularFile(tar), "built: " + tar);
        List<String> names = tarEntries(tar);
        assertTrue(names.stream().anyMatch(n -> n.endsWith("regie/regie") || n.equals("regie")), "the Linux script");
        assertTrue(names.stream().anyMatch(n -> n.contains("org.eclipse.swt.gtk.linux.x86_64_")), "SWT for GTK");
        assertTrue(names.stream().noneMatch(n -> n.contains("win32") || n.endsWith(".cmd") || n.contains("cocoa")
                || n.contains("Regie.app")), names.stream().filter(n -> n.contains("win32") || n.contains("cocoa"))
                        .toList().toString());
    }
}
