package vn.lamtheo.platform.web.page;

import org.junit.jupiter.api.Test;
import vn.lamtheo.platform.web.page.Highlighter.Range;
import vn.lamtheo.platform.web.page.Highlighter.Segment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    @Test
    void cutsPlainAndMarkedSegments() {
        assertThat(Highlighter.segments("Tôi học tập và làm theo Bác", List.of(new Range(4, 11, 0))))
                .containsExactly(new Segment("Tôi ", false, -1), new Segment("học tập", true, 0),
                        new Segment(" và làm theo Bác", false, -1));
    }

    @Test
    void mergesOverlappingRangesAndClipsToTheText() {
        assertThat(Highlighter.segments("abcdef", List.of(new Range(3, 99, 1), new Range(-2, 2, 0), new Range(1, 4, 2))))
                .containsExactly(new Segment("ab", true, 0), new Segment("cd", true, 2), new Segment("ef", true, 1));
    }

    @Test
    void emptyOrMissingTextHasNoSegments() {
        assertThat(Highlighter.segments(null, List.of(new Range(0, 3, 0)))).isEmpty();
        assertThat(Highlighter.segments("abc", List.of())).containsExactly(new Segment("abc", false, -1));
    }
}
