// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which column of a partner's file holds which field, when its headings are not ones Regie knows (see
 * {@link Fields}): saved under a name (usually the partner's) and reused for every file that partner sends.
 * Headings are compared normalised (case, accents and punctuation do not matter). A heading mapped to
 * {@link #IGNORE} is skipped; headings the mapping does not name are recognised by their synonyms as usual.
 *
 * @param name the mapping's name: letters, digits, '-' and '_' (it names a file)
 * @param columns normalised heading to field name (or {@link #IGNORE})
 */
public record ColumnMapping(String name, Map<String, String> columns) {

    /** No mapping: headings are recognised by their synonyms. */
    public static final ColumnMapping NONE = new ColumnMapping("", Map.of());
    /** The field a column is mapped to when it must be skipped. */
    public static final String IGNORE = "-";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ColumnMapping {
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a mapping name uses letters, digits, '-' and '_' only (up to 64): '"
                    + name + "'");
        }
        Map<String, String> normal = new TreeMap<>();
        for (Map.Entry<String, String> column : columns.entrySet()) {
            String field = column.getValue();
            if (!IGNORE.equals(field) && !Fields.all().contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a signal field (one of " + Fields.all()
                        + " or " + IGNORE + ")");
            }
            normal.put(Fields.normalize(column.getKey()), field);
        }
        columns = Map.copyOf(normal);
    }

    /** The field {@code heading} means: this mapping's choice first, then the synonyms; null when none. */
    public String fieldFor(String heading) {
        String mapped = columns.get(Fields.normalize(heading));
        if (mapped != null) {
            return IGNORE.equals(mapped) ? null : mapped;
        }
        return Fields.forHeading(heading);
    }

    /**
     * Where mappings are kept for the data folder the launcher named ({@code regie.data}, as the store reads it;
     * {@code ~/.local/share/regie} without one).
     */
    public static Path defaultFolder() {
        String data = System.getProperty("regie.data");
        return folder(data == null || data.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share", "regie")
                : Path.of(data));
    }

    /** The field of each heading in turn (null where a column is not taken), as {@link #fieldFor(String)} says. */
    public List<String> fieldsFor(List<String> headings) {
        List<String> fields = new ArrayList<>();
        headings.forEach(heading -> fields.add(fieldFor(heading)));
        return fields;
    }

    /**
     * The fields of a file's heading row, refused when no column is known.
     *
     * @param where the file and line of the heading, for the message
     */
    public List<String> columnsOf(List<String> headings, String where) throws IOException {
        List<String> fields = fieldsFor(headings);
        if (fields.stream().allMatch(java.util.Objects::isNull)) {
            throw new IOException(where + ": no known column in the heading " + headings
                    + " (expected e.g. datum, bron, middel, doelgroep, wijk, omschrijving, or a column mapping)");
        }
        return fields;
    }

    /** Where mappings are kept in a data folder. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve("mappings");
    }

    /** The mapping saved as {@code name} in {@code folder}. */
    public static ColumnMapping load(Path folder, String name) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IOException("'" + name + "' is not a mapping name (letters, digits, '-' and '_')");
        }
        Path file = folder.resolve(name + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new IOException("there is no column mapping '" + name + "' (looked for " + file + "; saved ones: "
                    + saved(folder) + ")");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> columns = new TreeMap<>();
        properties.stringPropertyNames().forEach(heading -> columns.put(heading, properties.getProperty(heading)));
        try {
            return new ColumnMapping(name, columns);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Saves this mapping in {@code folder} (replacing one of the same name), atomically. */
    public Path save(Path folder) throws IOException {
        if (name.isEmpty()) {
            throw new IOException("a mapping needs a name to be saved");
        }
        Files.createDirectories(folder);
        Properties properties = new Properties();
        properties.putAll(columns);
        Path file = folder.resolve(name + ".properties");
        Path part = folder.resolve(name + ".properties.part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            properties.store(out, "Regie column mapping " + name + ": heading = field");
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The names of the mappings saved in {@code folder}, sorted. */
    public static List<String> saved(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .filter(n -> NAME.matcher(n).matches()).sorted().forEach(names::add);
        }
        return names;
    }
}
