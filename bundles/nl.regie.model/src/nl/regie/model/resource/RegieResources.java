// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
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

    /** File extension of an exchange file: plain XMI, readable by any EMF tool. */
    public static final String EXCHANGE_EXTENSION = "xmi";

    /** The largest exchange file {@link #loadUntrusted(Path, long)} reads by default: 64 MiB (about 500k objects). */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 64L * 1024 * 1024;

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
        factories.put(EXCHANGE_EXTENSION, (Resource.Factory) uri -> withIdIndex(new XMIResourceImpl(uri)));
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
        if (!name.endsWith("." + XMI_EXTENSION) && !name.endsWith("." + BINARY_EXTENSION)
                && !name.endsWith("." + EXCHANGE_EXTENSION)) {
            throw new IOException("Unknown workspace format: " + file + " (use ." + XMI_EXTENSION + ", ."
                    + EXCHANGE_EXTENSION + " or ." + BINARY_EXTENSION + ")");
        }
    }

    /**
     * Puts a municipality that is in no resource into a resource of its own (the kind the store loads into), so that
     * editing domains and id lookups work on it as on a loaded one; returns it.
     */
    public static Municipality inOwnResource(Municipality municipality) {
        if (municipality.eResource() == null) {
            BinaryResourceImpl resource = new BinaryResourceImpl(URI.createURI("regie:/workspace." + BINARY_EXTENSION));
            resource.setIntrinsicIDToEObjectMap(new HashMap<>());
            createResourceSet().getResources().add(resource);
            resource.getContents().add(municipality);
        }
        return municipality;
    }

    /** The municipality in EMF's binary format, as the store keeps it. Missing ids are assigned first. */
    public static byte[] toBinary(Municipality municipality) throws IOException {
        ensureIds(municipality);
        Resource resource = municipality.eResource();
        if (!(resource instanceof BinaryResourceImpl) || municipality.eContainer() != null) {
            resource = createResourceSet().createResource(URI.createURI("regie:/workspace." + BINARY_EXTENSION));
            resource.getContents().add(municipality.eResource() == null && municipality.eContainer() == null
                    ? municipality : EcoreUtil.copy(municipality));
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(256 * 1024);
        resource.save(content, binaryOptions());
        return content.toByteArray();
    }

    /**
     * Reads what {@link #toBinary(Municipality)} wrote, into a resource of its own. The id index is attached after
     * loading and fills itself on first use: a binary resource needs no id lookups while it loads.
     */
    public static Municipality fromBinary(InputStream content) throws IOException {
        ResourceSet resourceSet = createResourceSet();
        BinaryResourceImpl resource = new BinaryResourceImpl(URI.createURI("regie:/workspace." + BINARY_EXTENSION));
        resourceSet.getResources().add(resource);
        resource.load(content, binaryOptions());
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Municipality municipality)) {
            throw new IOException("the stored workspace holds no municipality");
        }
        return municipality;
    }

    /**
     * Reads an exchange file from outside, which may be hostile: it must be XMI, at most {@code maxBytes} long, with
     * no DOCTYPE (so no DTD and no external entity is ever resolved), no reference to any other document, and a
     * municipality at its root. The error names the file and, for malformed XML, the line and column.
     */
    public static Municipality loadUntrusted(Path file, long maxBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not a file");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(file + ": " + size + " bytes is more than the " + maxBytes + " bytes allowed");
        }
        ResourceSet resourceSet = createResourceSet();
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        // Only this one file may be read: a reference to another document or URL is refused, never followed.
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl() {
            @Override
            public InputStream createInputStream(URI other, Map<?, ?> options) throws IOException {
                if (!uri.equals(other)) {
                    throw new IOException(file + " refers to another document (" + other + "); refused");
                }
                return new Limited(super.createInputStream(other, options), maxBytes, file);
            }
        });
        Resource resource = withIdIndex(new XMIResourceImpl(uri));
        resourceSet.getResources().add(resource);
        Map<Object, Object> options = new HashMap<>(loadOptions());
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        try {
            resource.load(options);
        } catch (IOException | RuntimeException e) {
            throw new IOException(describe(file, resource, e), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new IOException(file + ": too large or too deeply nested to read (" + e + ")");
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Municipality municipality)) {
            throw new IOException(file + ": the root element is not a Regie municipality");
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.ProxyCrossReferencer.find(resource);
        if (!proxies.isEmpty()) {
            EObject proxy = proxies.keySet().iterator().next();
            throw new IOException(file + ": refers to another document (" + EcoreUtil.getURI(proxy) + "); refused");
        }
        return municipality;
    }

    /**
     * Reads an exchange file that has been checked against the model rules too: what the workbench and the command
     * line import. Errors name the file and each broken rule.
     */
    public static Municipality importExchangeFile(Path file) throws IOException {
        Municipality municipality = loadUntrusted(file, DEFAULT_MAX_IMPORT_BYTES);
        org.eclipse.emf.common.util.Diagnostic diagnostic =
                nl.regie.model.validation.RegieModelValidator.validateAll(municipality);
        if (diagnostic.getSeverity() == org.eclipse.emf.common.util.Diagnostic.ERROR) {
            StringBuilder message = new StringBuilder(file + " breaks the model rules; nothing was imported:");
            for (org.eclipse.emf.common.util.Diagnostic child : diagnostic.getChildren()) {
                if (child.getSeverity() == org.eclipse.emf.common.util.Diagnostic.ERROR) {
                    message.append("\n  ").append(child.getMessage());
                }
            }
            throw new IOException(message.toString());
        }
        return municipality;
    }

    /** Stops reading past the limit, whatever the file system said about the size before. */
    private static final class Limited extends java.io.FilterInputStream {
        private final long limit;
        private final Path file;
        private long read;

        Limited(InputStream in, long limit, Path file) {
            super(in);
            this.limit = limit;
            this.file = file;
        }

        private void count(long n) throws IOException {
            read += Math.max(0, n);
            if (read > limit) {
                throw new IOException(file + ": more than the " + limit + " bytes allowed");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }
    }

    private static String describe(Path file, Resource resource, Exception e) {
        for (Resource.Diagnostic error : resource.getErrors()) {
            return file + ":" + error.getLine() + ":" + error.getColumn() + ": " + error.getMessage();
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause.getMessage() != null && cause.getMessage().startsWith(file.toString())) {
            return cause.getMessage();
        }
        if (cause instanceof org.xml.sax.SAXParseException parse) {
            return file + ":" + parse.getLineNumber() + ":" + parse.getColumnNumber() + ": " + parse.getMessage();
        }
        return file + ": " + cause.getMessage();
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

    /** Compact binary: enumerators and numbers as binary values, format version 1.1 (shared strings). */
    private static Map<Object, Object> binaryOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 64 * 1024);
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
