package vn.lamtheo.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.lamtheo.kernel.directory.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail of refusals cannot be forged through a value the request chose (issue #23, item 5). */
@ExtendWith(OutputCaptureExtension.class)
class DeniedAccessLogTest {

    static final String FORGED = "2026-12-07T12:00:00.000Z WARN lamtheo.audit.denied - Access denied: who=admin";

    final DeniedAccessLog log = new DeniedAccessLog(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
    final Actor member = new Actor("member1", "member1", "cau-ngang/nhi-truong/ap-la-bang-chop", Set.of(Role.MEMBER));

    @Test
    void aBranchIdWithLineBreaksAndNulStaysOnItsLine(CapturedOutput output) {
        log.deniedObject(member, "review queue of x\r\n" + FORGED, "x\n" + FORGED + "\u0000\u001b[2J\u2028");

        String logged = lineOf(output, "Access denied: who=member1");
        assertThat(output.getOut().lines().filter(line -> line.startsWith("2026-12-07T12:00"))).isEmpty();
        assertThat(logged).contains("x\\r\\n" + FORGED, "x\\n" + FORGED + "\\u0000\\u001b[2J\\u2028");
    }

    @Test
    void aPathIsEscapedToo(CapturedOutput output) {
        log.deniedRequest("GET", "/pages/x\n" + FORGED);

        assertThat(output.getOut().lines().filter(line -> line.startsWith("2026-12-07T12:00"))).isEmpty();
        assertThat(lineOf(output, "Access denied: who=anonymous")).contains("/pages/x\\n" + FORGED);
    }

    private static String lineOf(CapturedOutput output, String marker) {
        return output.getOut().lines().filter(line -> line.contains(marker)).findFirst().orElseThrow();
    }
}
