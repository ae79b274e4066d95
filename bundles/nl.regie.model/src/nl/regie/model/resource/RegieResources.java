// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.resource;

import java.io.IOException;
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

    /** Writes the municipality to {@code file}; the format follows the extension. Missing ids are assigned first. */
    public static void save(Municipality municipality, Path file) throws IOException {
        requireKnownFormat(file);
        ensureIds(municipality);
        Resource resource = municipality.eResource();
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        if (resource == null || !uri.equals(resource.getURI())) {
            resource = createResourceSet().createResource(uri);
            resource.getContents().add(municipality);
        }
        resource.save(saveOptions());
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
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        return options;
    }
}
