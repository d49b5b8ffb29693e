package vn.lamtheo.platform.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts a text into plain and highlighted segments from character ranges, for side-by-side copy and overlap reports. */
public final class Highlighter {

    /** @param text a piece of the original text; @param marked highlighted; @param group which match it belongs to (or -1) */
    public record Segment(String text, boolean marked, int group) {
    }

    /** A range [start, end) of the original text belonging to match {@code group}. */
    public record Range(int start, int end, int group) {
    }

    private Highlighter() {
    }

    /** Ranges may overlap or run past the text; they are clipped and merged (the first group wins). */
    public static List<Segment> segments(String text, List<Range> ranges) {
        String source = text == null ? "" : text;
        List<Range> sorted = ranges.stream()
                .map(r -> new Range(Math.max(0, r.start()), Math.min(source.length(), r.end()), r.group()))
                .filter(r -> r.start() < r.end())
                .sorted(Comparator.comparingInt(Range::start))
                .toList();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Range range : sorted) {
            int start = Math.max(range.start(), at);
            if (start >= range.end()) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(source.substring(at, start), false, -1));
            }
            segments.add(new Segment(source.substring(start, range.end()), true, range.group()));
            at = range.end();
        }
        if (at < source.length()) {
            segments.add(new Segment(source.substring(at), false, -1));
        }
        return segments;
    }
}
