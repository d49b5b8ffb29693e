package vn.lamtheo.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
            new WebLimitsProperties(DataSize.ofBytes(100), DataSize.ofBytes(1000), null, null), new ObjectMapper());

    @Test
    void aDeclaredOversizeBodyIsRefusedBeforeAnythingReadsIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/pledges");
        request.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anUndeclaredBodyFailsWhileBeingReadPastTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/pledges") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked
            }
        };
        request.setContent(new byte[150]);
        AtomicReference<InputStream> body = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> body.set(req.getInputStream()));

        assertThatThrownBy(() -> body.get().readAllBytes()).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void importsHaveTheirOwnLargerLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/admin/import/pledges");
        request.setContent(new byte[900]);
        AtomicReference<byte[]> read = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> read.set(req.getInputStream().readAllBytes()));

        assertThat(read.get()).hasSize(900);
    }
}
