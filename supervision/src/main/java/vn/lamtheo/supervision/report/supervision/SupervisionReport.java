package vn.lamtheo.supervision.report.supervision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import vn.lamtheo.supervision.report.figures.Figures;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervision report of one unit and year: its {@code totals}, one entry per child unit in {@code units}
 * (communes for a district, branches for a commune) with the same figures and those of the year before, and
 * the generated assessment ("ưu điểm / hạn chế"). {@code subunits} (the level below the children: the branches of
 * a district's communes) is for the spreadsheet's third sheet and stays out of the JSON.
 */
public record SupervisionReport(int year, int previousYear, Instant generatedAt, UnitSummary unit, Figures totals,
                                Figures previousTotals, List<UnitRow> units, Assessment assessment,
                                @JsonIgnore List<UnitRow> subunits) {

    public record UnitSummary(String unitId, String name, String type) {
    }

    /**
     * A unit below the report's unit: {@code unitId}, {@code name}, {@code type}, its figures, and {@code previousYear}'s
     * figures. {@code parentName} (not in the JSON) names the child unit a grandchild belongs to, in the XLSX.
     */
    public record UnitRow(String unitId, String name, String type, String parentName, Figures figures, Figures previous) {
        @JsonValue
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("unitId", unitId);
            map.put("name", name);
            map.put("type", type);
            map.putAll(figures.asMap());
            map.put("previousYear", previous.asMap());
            return map;
        }
    }

    /** @param strengths "ưu điểm"; @param weaknesses "hạn chế" — sentences in the reader's language */
    public record Assessment(List<String> strengths, List<String> weaknesses) {
    }
}
