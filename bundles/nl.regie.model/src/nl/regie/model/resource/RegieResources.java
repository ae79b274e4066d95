// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import nl.regie.model.Municipality;
import nl.regie.model.RegieObject;
import nl.regie.model.RegiePackage;

/**
 * Reads and writes Regie workspaces as EMF resources, the same way on Equinox, on Felix and in plain Java: resource
 * factories and the package are registered on each resource set, never through the extension registry.
 */
public final class RegieResources {

    /** File extension of a workspace stored as XMI (readable, diffable). */
    public static final String XMI_EXTENSION = "regie";

    /** File extension of a workspace stored in EMF's compact binary format (fast to load). */
    public static final String BINARY_EXTENSION = "regiebin";

    private RegieResources() {
    }

    /** A resource set that can read and write both Regie formats. */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(RegiePackage.eNS_URI, RegiePackage.eINSTANCE);
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        // An intrinsic-id map makes id lookups during load constant-time; without it 100k objects take minutes.
        factories.put(XMI_EXTENSION, (Resource.Factory) uri -> withIdIndex(new XMIResourceImpl(uri)));
        factories.put(BINARY_EXTENSION, (Resource.Factory) uri -> withIdIndex(new BinaryResourceImpl(uri)));
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /**
     * Writes the municipality to {@code file}; the format follows the extension. Missing ids are assigned first.
     *
     * <p>The write is atomic: the content goes to a temporary file in the same folder, is forced to disk, and then
     * replaces {@code file} in one move, so a crash or kill during a save leaves the previous file intact. The
     * municipality stays where it is: one that already lives in a resource of the other format, or inside another
     * object, is saved as a copy.
     */
    public static void save(Municipality municipality, Path file) throws IOException {
        requireKnownFormat(file);
        ensureIds(municipality);
        Path target = file.toAbsolutePath();
        boolean binary = target.getFileName().toString().endsWith("." + BINARY_EXTENSION);
        Resource resource = municipality.eResource();
        if (resource == null || resource instanceof BinaryResourceImpl != binary
                || municipality.eContainer() != null) {
            resource = createResourceSet().createResource(URI.createFileURI(target.toString()));
            resource.getContents().add(municipality.eResource() == null && municipality.eContainer() == null
                    ? municipality : EcoreUtil.copy(municipality));
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(64 * 1024);
        resource.save(content, saveOptions());
        writeAtomically(target, content.toByteArray());
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a municipality written by {@link #save(Municipality, Path)}. */
    public static Municipality load(Path file) throws IOException {
        requireKnownFormat(file);
        ResourceSet resourceSet = createResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.load(resourceSet.getLoadOptions());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Municipality municipality)) {
            throw new IOException(file + " does not contain a Regie municipality");
        }
        return municipality;
    }

    private static void requireKnownFormat(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith("." + XMI_EXTENSION) && !name.endsWith("." + BINARY_EXTENSION)) {
            throw new IOException("Unknown workspace format: " + file + " (use ." + XMI_EXTENSION + " or ."
                    + BINARY_EXTENSION + ")");
        }
    }

    /** Gives every {@link RegieObject} below {@code root} (and root itself) an id if it has none. */
    public static void ensureIds(EObject root) {
        assignId(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            assignId(it.next());
        }
    }

    private static void assignId(EObject object) {
        if (object instanceof RegieObject regieObject
                && (regieObject.getId() == null || regieObject.getId().isBlank())) {
            regieObject.setId(UUID.randomUUID().toString());
        }
    }

    private static Resource withIdIndex(ResourceImpl resource) {
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        return resource;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }
}
