// SPDX-License-Identifier: EPL-2.0
package nl.regie.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.regie.evaluation.internal.Texts;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Measurement;
import nl.regie.model.Municipality;
import nl.regie.model.Policy;
import nl.regie.model.RegieFactory;
import nl.regie.model.RegiePackage;
import nl.regie.signals.ColumnMapping;
import nl.regie.signals.SignalIntake;
import nl.regie.signals.SignalSource;
import nl.regie.signals.SourcePreview;

/**
 * Measurements from a partner's file (CSV or XLSX, read by the signal intake's sources: encodings, separators, Excel
 * and its limits): one row per measurement with the indicator (its id or name), the date, the value and, when it is
 * not the total, the breakdown (e.g. {@code wijk=Noord}). Dutch or English headings. A row that cannot be taken is
 * kept with its row number, field and reason; nothing is dropped without a word.
 */
public final class MeasurementImport {

    /** A measurement read, for its indicator. */
    public record Row(long line, Indicator indicator, LocalDate measuredOn, double value, String breakdown) {
    }

    /** A row that was not taken: where, which field, why, and what it held. */
    public record Reject(long line, String field, String reason, List<String> cells) {
    }

    /** What the file gave. */
    public record Result(Path file, List<Row> rows, List<Reject> rejects) {
    }

    private static final Map<String, List<String>> HEADINGS = Map.of(
            "indicator", List.of("indicator", "indicatorid", "indicatornaam", "naamindicator"),
            "date", List.of("datum", "date", "gemetenop", "meetdatum", "measuredon", "peildatum"),
            "value", List.of("waarde", "value", "meting", "uitkomst"),
            "breakdown", List.of("uitsplitsing", "breakdown", "onderdeel"));

    private MeasurementImport() {
    }

    /** Reads {@code file} against the indicators of {@code municipality}'s policies; writes nothing. */
    public static Result read(Path file, Municipality municipality, Locale locale) throws IOException {
        SignalSource source = SignalIntake.sourceFor(file, null);
        if (source == null || !(source.format().equals("csv") || source.format().equals("xlsx"))) {
            throw new IOException(Texts.text(locale, "import.format", file));
        }
        SourcePreview table = source.preview(file, ColumnMapping.NONE, Integer.MAX_VALUE);
        int[] columns = new int[4];
        String[] fields = {"indicator", "date", "value", "breakdown"};
        for (int f = 0; f < fields.length; f++) {
            columns[f] = -1;
            for (int c = 0; c < table.headings().size(); c++) {
                if (HEADINGS.get(fields[f]).contains(normal(table.headings().get(c)))) {
                    columns[f] = c;
                }
            }
            if (columns[f] < 0 && f < 3) {
                throw new IOException(Texts.text(locale, "import.noColumn", file, fields[f], table.headings()));
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Policy policy : municipality.getPolicies()) {
            for (Goal goal : policy.getGoals()) {
                indicators.addAll(goal.getIndicators());
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        long line = 1;
        for (List<String> cells : table.rows()) {
            line++;
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            String name = cell(cells, columns[0]);
            Indicator indicator = indicators.stream().filter(i -> name != null && (name.equals(i.getId())
                    || name.equalsIgnoreCase(i.getName()))).findFirst().orElse(null);
            if (indicator == null) {
                rejects.add(new Reject(line, table.headings().get(columns[0]), Texts.text(locale, "import.noIndicator",
                        name == null ? "" : name), cells));
                continue;
            }
            LocalDate day;
            try {
                day = SignalIntake.parseDate(cell(cells, columns[1]));
            } catch (IllegalArgumentException e) {
                rejects.add(new Reject(line, table.headings().get(columns[1]), e.getMessage(), cells));
                continue;
            }
            if (day == null) {
                rejects.add(new Reject(line, table.headings().get(columns[1]), Texts.text(locale, "import.noDate"), cells));
                continue;
            }
            String text = cell(cells, columns[2]);
            double value;
            try {
                value = Double.parseDouble(text == null ? "" : text.replace(',', '.'));
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException(text);
                }
            } catch (NumberFormatException e) {
                rejects.add(new Reject(line, table.headings().get(columns[2]), Texts.text(locale, "import.noValue",
                        text == null ? "" : text), cells));
                continue;
            }
            rows.add(new Row(line, indicator, day, value, columns[3] < 0 ? null : cell(cells, columns[3])));
        }
        if (source.format().equals("csv")) {
            // the sources' table stops at a line it cannot parse: say so rather than lose what follows
            long lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> !l.isBlank()).count() - 1;
            if (lines > table.rows().size()) {
                rejects.add(new Reject(table.rows().size() + 2L, "", Texts.text(locale, "import.stopped",
                        table.rows().size() + 1, lines - table.rows().size()), List.of()));
            }
        }
        return new Result(file, List.copyOf(rows), List.copyOf(rejects));
    }

    /** Adds the rows read to their indicators as one command (one undo step). Null when there is nothing to add. */
    public static Command command(EditingDomain domain, Result result) {
        CompoundCommand command = new CompoundCommand();
        for (Row row : result.rows()) {
            command.append(AddCommand.create(domain, row.indicator(), RegiePackage.Literals.INDICATOR__MEASUREMENTS,
                    measurement(row)));
        }
        return command.isEmpty() ? null : command.unwrap();
    }

    /** Adds the rows read to their indicators directly (for headless use on a workspace that is then saved). */
    public static void apply(Result result) {
        for (Row row : result.rows()) {
            row.indicator().getMeasurements().add(measurement(row));
        }
    }

    private static Measurement measurement(Row row) {
        Measurement measurement = RegieFactory.eINSTANCE.createMeasurement();
        measurement.setId(row.indicator().getId() + "-" + UUID.randomUUID().toString().substring(0, 8));
        measurement.setMeasuredOn(row.measuredOn());
        measurement.setValue(row.value());
        measurement.setBreakdown(row.breakdown() == null || row.breakdown().isBlank() ? null : row.breakdown());
        measurement.setNote("import " + row.line());
        return measurement;
    }

    private static String cell(List<String> cells, int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String normal(String heading) {
        String plain = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
