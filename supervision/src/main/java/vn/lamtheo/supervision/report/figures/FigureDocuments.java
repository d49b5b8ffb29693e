package vn.lamtheo.supervision.report.figures;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The shape of the report's figure documents: one per unit and year, {@code _id = unitId|year}, holding one entry
 * per pledge ({@code p}), per model ({@code m}), per carried-over model of that year ({@code c}) and per adoption
 * of that year ({@code a}). Entries hold "ever reached" flags set with {@code $set}: setting a flag twice changes
 * nothing, so redelivered and replayed events leave the figures as they were. Counts are derived from the entries
 * when a report is read (a commune has at most a few hundred pledges a year, so one document stays small).
 */
public final class FigureDocuments {

    public static final String COLLECTION = "report_figures";
    /** Per-model facts later model events need (field, owner, year created): {@code _id = modelId}. */
    public static final String MODELS = "report_models";

    public static final String PLEDGES = "p";
    public static final String MODELS_FIELD = "m";
    public static final String CARRIED_OVER = "c";
    public static final String ADOPTIONS = "a";

    /** The calendar the district works in: a model drafted on 31 December 23:30 UTC belongs to the next year. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private FigureDocuments() {
    }

    public static String id(String unitId, int year) {
        return unitId + "|" + year;
    }

    public static int yearOf(Instant at) {
        return at.atZone(ZONE).getYear();
    }

    /** Ids become field names: '.' and a leading '$' are not allowed there, so they are percent-encoded. */
    public static String key(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
    }

    public static String unkey(String key) {
        return URLDecoder.decode(key, StandardCharsets.UTF_8);
    }
}
