package vn.lamtheo.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that cannot be read is not a wrong password: 503 with Retry-After, not 401. */
class ProblemSecurityHandlersTest {

    final ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(new ObjectMapper(), new DeniedAccessLog());

    @Test
    void wrongCredentialsAre401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handlers.commence(new MockHttpServletRequest("GET", "/api/me"), response, new BadCredentialsException("bad"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnreadableAccountStoreIs503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handlers.commence(new MockHttpServletRequest("GET", "/api/me"), response,
                new InternalAuthenticationServiceException("timed out", new IllegalStateException("store")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("thử lại");
    }
}
