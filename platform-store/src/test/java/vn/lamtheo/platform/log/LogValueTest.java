package vn.lamtheo.platform.log;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogValueTest {

    @Test
    void controlsAreEscapedAndVietnameseIsKept() {
        assertThat(LogValue.of("Trình duyệt\r\nWARN\u0000\u0085\u2029\t\\n")).isEqualTo("Trình duyệt\\r\\nWARN\\u0000\\u0085\\u2029\\t\\\\n");
        assertThat(LogValue.of("cau-ngang/nhi-truong")).isEqualTo("cau-ngang/nhi-truong");
        assertThat(LogValue.of(null)).isNull();
    }
}
