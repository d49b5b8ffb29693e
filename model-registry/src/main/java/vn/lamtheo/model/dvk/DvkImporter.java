package vn.lamtheo.model.dvk;

import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.kernel.domain.TextLimits;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Service;
import vn.lamtheo.kernel.events.model.OverlapSource;
import vn.lamtheo.model.overlap.OverlapEngine;
import vn.lamtheo.model.overlap.OverlapText;
import vn.lamtheo.model.store.Documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports the Dân vận khéo list from JSON Lines or CSV (columns id, title, unit, year, field, description).
 * Idempotent by id: an unchanged line changes nothing; a bad line is reported and the others still import.
 */
@Service
public class DvkImporter {

    private final DvkCatalog catalog;
    private final OverlapEngine engine;

    public DvkImporter(DvkCatalog catalog, OverlapEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    public record LineError(int line, String message) {
    }

    public record Result(int imported, int unchanged, List<LineError> errors) {
    }

    public Result importJsonLines(String body) {
        List<Parsed> parsed = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = Documents.mapper().readTree(line);
                if (!node.isObject()) {
                    parsed.add(Parsed.error(i + 1, "Không phải đối tượng JSON / not a JSON object"));
                    continue;
                }
                parsed.add(Parsed.of(i + 1, text(node, "id"), text(node, "title"), text(node, "unit"), text(node, "year"),
                        text(node, "field"), text(node, "description")));
            } catch (Exception e) {
                parsed.add(Parsed.error(i + 1, "JSON không hợp lệ / invalid JSON"));
            }
        }
        return store(parsed);
    }

    public Result importCsv(String body) {
        List<Parsed> parsed = new ArrayList<>();
        List<Csv.Row> rows = Csv.parse(body);
        if (rows.isEmpty()) {
            return new Result(0, 0, List.of());
        }
        Map<String, Integer> columns = Csv.header(rows.get(0));
        if (!columns.containsKey("id") || !columns.containsKey("title")) {
            return new Result(0, 0, List.of(new LineError(1, "Thiếu cột id hoặc title / the header needs id and title columns")));
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            parsed.add(Parsed.of(row.line(), row.get(columns, "id"), row.get(columns, "title"), row.get(columns, "unit"),
                    row.get(columns, "year"), row.get(columns, "field"), row.get(columns, "description")));
        }
        return store(parsed);
    }

    private Result store(List<Parsed> parsed) {
        int imported = 0;
        int unchanged = 0;
        List<LineError> errors = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.error != null) {
                errors.add(new LineError(p.line, p.error));
                continue;
            }
            if (catalog.save(p.entry)) {
                engine.index(new OverlapText(OverlapSource.DAN_VAN_KHEO, p.entry.id(), p.entry.title(), p.entry.text()));
                imported++;
            } else {
                unchanged++;
            }
        }
        return new Result(imported, unchanged, errors);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private record Parsed(int line, DvkEntry entry, String error) {
        static Parsed error(int line, String message) {
            return new Parsed(line, null, message);
        }

        static Parsed of(int line, String id, String title, String unit, String year, String field, String description) {
            if (id == null || id.isBlank()) {
                return error(line, "Thiếu id / id is required");
            }
            if (id.strip().length() > 200) {
                return error(line, "id không hợp lệ / invalid id");
            }
            if (title == null || title.isBlank()) {
                return error(line, "Thiếu tên mô hình (title) / title is required");
            }
            Integer y = null;
            if (year != null && !year.isBlank()) {
                try {
                    y = Integer.valueOf(year.strip());
                } catch (NumberFormatException e) {
                    return error(line, "Năm không hợp lệ / year is not a number");
                }
                if (y < 1945 || y > 2100) {
                    return error(line, "Năm không hợp lệ / year out of range");
                }
            }
            DvkEntry entry = new DvkEntry(id.strip(), title.strip(), blankToNull(unit), y, blankToNull(field),
                    blankToNull(description));
            List<CommandRejected.Violation> tooLong = TextLimits.violations(entry); // the limits of every other text
            if (!tooLong.isEmpty()) {
                return error(line, tooLong.get(0).field() + ": " + tooLong.get(0).message());
            }
            return new Parsed(line, entry, null);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
