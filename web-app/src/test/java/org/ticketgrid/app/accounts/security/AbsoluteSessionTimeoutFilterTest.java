package org.ticketgrid.app.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutFilterTest {

    private final AbsoluteSessionTimeoutFilter filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12));

    @Test
    void aSessionOlderThanTheAbsoluteLimitEndsHoweverActiveItIs() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AbsoluteSessionTimeoutFilter.SIGNED_IN_AT,
                Instant.now().minus(Duration.ofHours(12).plusSeconds(1)).toEpochMilli());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/signin?expired");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AbsoluteSessionTimeoutFilter.SIGNED_IN_AT,
                Instant.now().minus(Duration.ofHours(11)).toEpochMilli());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void anonymousRequestsAndSessionsWithoutSignInGoOn() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getSession(false)).as("no session is created by the check").isNull();
    }
}
