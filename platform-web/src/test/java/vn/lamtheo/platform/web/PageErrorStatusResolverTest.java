package vn.lamtheo.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.lamtheo.kernel.domain.CommandRejected;
import vn.lamtheo.platform.security.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

class PageErrorStatusResolverTest {

    final PageErrorStatusResolver resolver = new PageErrorStatusResolver(new ProblemTranslator());

    @Test
    void aPageThatHitsTheScopeCheckAnswers404NotA500() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(new MockHttpServletRequest("GET", "/pledges/pl-1"), response, null,
                new NotFoundException("pledge pl-1"))).isNotNull();
        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void aRejectedCommandKeepsItsStatus() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.resolveException(new MockHttpServletRequest("POST", "/pledges/pl-1/approve"), response, null,
                CommandRejected.wrongState("approve", "pledge", CommandRejected.Reason.WRONG_STATE));
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void faultsAreLeftToTheContainer() {
        assertThat(resolver.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(), null,
                new IllegalStateException("bug"))).isNull();
    }
}
