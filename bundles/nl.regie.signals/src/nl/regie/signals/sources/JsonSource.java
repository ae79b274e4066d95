// SPDX-License-Identifier: EPL-2.0
package nl.regie.signals.sources;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import nl.regie.signals.Fields;
import nl.regie.signals.RawRecord;
import nl.regie.signals.SignalSource;

/**
 * JSON, read with Gson: an array of signal objects, an object with a {@code signals} array, or a single object. Keys
 * are headings like a CSV's (Dutch or English, with synonyms). The fields of an EU drug alert (Regulation (EU)
 * 2023/1322, article 13: type and origin of the risk, date and place, means of exposure, analytical and
 * toxicological data, identification methods, health risks, social and safety risks, health measures, other
 * measures, other information) are folded into the description, each under its own label, so none is lost.
 */
public final class JsonSource implements SignalSource {

    /** EU drug alert fields that have no column of their own: kept, labelled, in the description. */
    public static final List<String> ALERT_FIELDS = List.of("typeOfRisk", "originOfRisk", "meansOfExposure",
            "analyticalData", "toxicologicalData", "identificationMethods", "healthRisks", "socialRisks",
            "safetyAndSecurityRisks", "healthMeasures", "otherMeasures", "otherInformation");

    private static final com.google.gson.Gson STRICT = new com.google.gson.GsonBuilder()
            .setStrictness(com.google.gson.Strictness.STRICT).create();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    @Override
    public void read(Path file, Consumer<RawRecord> records) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException(file + ": the file is empty");
        }
        JsonElement root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = STRICT.fromJson(reader, JsonElement.class);
            if (root == null) {
                throw new IOException(file + ": the file holds no JSON");
            }
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(file + ": not valid JSON (" + rootMessage(e) + ")", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not a UTF-8 text file", e);
        }
        JsonArray items;
        if (root.isJsonArray()) {
            items = root.getAsJsonArray();
        } else if (root.isJsonObject() && root.getAsJsonObject().has("signals")
                && root.getAsJsonObject().get("signals").isJsonArray()) {
            items = root.getAsJsonObject().getAsJsonArray("signals");
        } else if (root.isJsonObject()) {
            items = new JsonArray();
            items.add(root);
        } else {
            throw new IOException(file + ": expected signal objects, found " + root);
        }
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (!item.isJsonObject()) {
                records.accept(new RawRecord(i + 1, Map.of(), "item " + (i + 1) + " is not an object"));
                continue;
            }
            records.accept(record(i + 1, item.getAsJsonObject()));
        }
    }

    private static RawRecord record(int position, JsonObject object) {
        Map<String, String> fields = new HashMap<>();
        StringJoiner alert = new StringJoiner("\n");
        alert.setEmptyValue("");
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String value = text(entry.getValue());
            if (value == null) {
                continue;
            }
            if (ALERT_FIELDS.contains(entry.getKey())) {
                alert.add(entry.getKey() + ": " + value);
                continue;
            }
            String field = Fields.forHeading(entry.getKey());
            if (field != null) {
                fields.put(field, value);
            }
        }
        if (alert.length() > 0) {
            String description = fields.get(Fields.DESCRIPTION);
            fields.put(Fields.DESCRIPTION, description == null ? alert.toString() : description + "\n" + alert);
        }
        return new RawRecord(position, fields, null);
    }

    private static String text(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonArray()) {
            StringJoiner joined = new StringJoiner(", ");
            value.getAsJsonArray().forEach(element -> joined.add(text(element)));
            return joined.toString();
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
