package vn.lamtheo.kernel.events.pledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored as JSON (Jackson): a CopySource recorded before surfaceAgreement and authorFit existed must still
 * be read.
 */
class CopySourceJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void roundTripsWithTheSurfaceAgreementAndAuthorFit() throws Exception {
        CopySource source = new CopySource("pl-1", "m-1", "u-1", 2025, 0.9, true, CopyKind.COPY,
                CopyDirection.COPIED_FROM, 0.9, 0.8, 0.75, 0.5, List.of(new CopyPassage("s", 0, 10, "s", 5, 15)));
        assertThat(json.readValue(json.writeValueAsString(source), CopySource.class)).isEqualTo(source);
    }

    @Test
    void anEventRecordedBeforeTheFieldsExistedReadsThemAsZero() throws Exception {
        String before = """
                {"pledgeId":"pl-1","memberId":"m-1","unitId":"u-1","year":2025,"score":0.9,"suspected":true,
                 "kind":"COPY","direction":"COPIED_FROM","containmentThisInOther":0.9,"containmentOtherInThis":0.8,
                 "passages":[]}""";
        CopySource read = json.readValue(before, CopySource.class);
        assertThat(read.surfaceAgreement()).isZero();
        assertThat(read.authorFit()).isZero();
        assertThat(read.score()).isEqualTo(0.9);
    }
}
