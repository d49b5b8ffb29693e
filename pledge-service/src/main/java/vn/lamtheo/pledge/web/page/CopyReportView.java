package vn.lamtheo.pledge.web.page;

import vn.lamtheo.platform.web.page.Highlighter;
import vn.lamtheo.platform.web.page.Highlighter.Range;
import vn.lamtheo.platform.web.page.Highlighter.Segment;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.CopyReport;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.CopySource;
import vn.lamtheo.pledge.web.page.PledgePagesBackend.Passage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy report cut for the review page: this pledge's sections with every matching passage highlighted, and per
 * source the matching sections side by side (the source's text only where the reviewer may read it).
 */
record CopyReportView(CopyReport report, Map<String, List<Segment>> highlightedSections, List<SourceView> sources) {

    /** The sources this pledge may be flagged as copied from: not the later pledges that copied it. */
    public List<SourceView> flaggable() {
        return sources.stream().filter(s -> !s.source().copiedThisOne()).toList();
    }

    record SourceView(int index, CopySource source, List<SectionPair> pairs) {
    }

    /** @param theirs empty when the source is not readable */
    record SectionPair(String sectionKey, String otherSectionKey, List<Segment> mine, List<Segment> theirs) {
    }

    static CopyReportView of(CopyReport report, Map<String, String> sections) {
        Map<String, List<Range>> rangesBySection = new LinkedHashMap<>();
        List<SourceView> sources = new ArrayList<>();
        int index = 0;
        for (CopySource source : report.sources()) {
            int group = index++;
            Set<String> myKeys = new LinkedHashSet<>();
            for (Passage passage : source.passages()) {
                rangesBySection.computeIfAbsent(passage.sectionKey(), k -> new ArrayList<>())
                        .add(new Range(passage.start(), passage.end(), group));
                myKeys.add(passage.sectionKey() + "\u0000" + passage.otherSectionKey());
            }
            List<SectionPair> pairs = new ArrayList<>();
            for (String pair : myKeys) {
                String mine = pair.substring(0, pair.indexOf('\u0000'));
                String theirs = pair.substring(pair.indexOf('\u0000') + 1);
                List<Range> mineRanges = source.passages().stream()
                        .filter(p -> p.sectionKey().equals(mine) && p.otherSectionKey().equals(theirs))
                        .map(p -> new Range(p.start(), p.end(), group)).toList();
                List<Range> theirRanges = source.passages().stream()
                        .filter(p -> p.sectionKey().equals(mine) && p.otherSectionKey().equals(theirs))
                        .map(p -> new Range(p.otherStart(), p.otherEnd(), group)).toList();
                pairs.add(new SectionPair(mine, theirs, Highlighter.segments(sections.get(mine), mineRanges),
                        source.readable() ? Highlighter.segments(source.sourceSections().get(theirs), theirRanges) : List.of()));
            }
            sources.add(new SourceView(group, source, pairs));
        }
        Map<String, List<Segment>> highlighted = new LinkedHashMap<>();
        sections.forEach((key, text) -> highlighted.put(key, Highlighter.segments(text, rangesBySection.getOrDefault(key, List.of()))));
        return new CopyReportView(report, highlighted, sources);
    }
}
