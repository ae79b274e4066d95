// SPDX-License-Identifier: EPL-2.0
package org.example.regie.nightlife;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

import nl.regie.signals.Fields;
import nl.regie.signals.RawRecord;
import nl.regie.signals.SignalSource;

/**
 * The nightlife partners' incident log as a signal source: one incident a line, {@code date | place | what happened},
 * in files ending in {@code .log}. Regie finds it as a service: {@code ./regie import-signals incidents.log} (or
 * {@code --format horeca-log}). Regie checks, screens and deduplicates what it reads, as for any source.
 */
@Component(service = SignalSource.class)
public final class IncidentLog implements SignalSource {

    /** The partner these incidents come from (its name in Gemeente X's workspace). */
    static final String REPORTER = "Horecaondernemers uitgaansgebied";

    @Override
    public String format() {
        return "horeca-log";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().endsWith(".log");
    }

    @Override
    public void read(Path file, Consumer<RawRecord> records) throws IOException {
        long line = 0;
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\|", -1);
            if (parts.length != 3) {
                records.accept(new RawRecord(line, Map.of(), "expected date | place | what happened"));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            fields.put(Fields.OBSERVED_ON, parts[0].strip());
            fields.put(Fields.AREA, parts[1].strip());
            fields.put(Fields.DESCRIPTION, parts[2].strip());
            fields.put(Fields.SOURCE, REPORTER);
            if (parts[2].contains("3-MMC")) {
                fields.put(Fields.SUBSTANCES, "3-MMC");
            }
            records.accept(new RawRecord(line, fields, null));
        }
    }

    @Override
    public long estimateRecords(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
