package org.ticketgrid.app.holds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

class BuyerTest {

    @Test
    void aSignedInBuyerIsTheirAccount() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        Principal alice = () -> "alice@example.org";
        assertThat(Buyer.accountId(alice, request, true)).isEqualTo("alice@example.org");
        assertThat(request.getSession(false)).as("no session needed").isNull();
    }

    @Test
    void anAnonymousBrowserKeepsOneIdForItsSession() {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest first = new MockHttpServletRequest();
        first.setSession(session);
        String id = Buyer.accountId(null, first, true);
        assertThat(id).startsWith("browser-").hasSizeGreaterThan(30);

        MockHttpServletRequest again = new MockHttpServletRequest();
        again.setSession(session);
        assertThat(Buyer.accountId(null, again, false)).isEqualTo(id);

        MockHttpServletRequest otherBrowser = new MockHttpServletRequest();
        assertThat(Buyer.accountId(null, otherBrowser, true)).startsWith("browser-").isNotEqualTo(id);
    }

    @Test
    void readingWithoutASessionCreatesNoneAndHasNoBuyer() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(Buyer.accountId(null, request, false)).isNull();
        assertThat(request.getSession(false)).isNull();
    }
}
