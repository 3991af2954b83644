package org.ticketgrid.app.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

    @Test
    void absoluteUrlsKeepOnlyTheirPathAndQuery() {
        assertThat(RelativeRedirects.pathOf("https://evil.example/signin")).isEqualTo("/signin");
        assertThat(RelativeRedirects.pathOf("http://evil.example:8080/orders/1?continue")).isEqualTo(
                "/orders/1?continue");
        assertThat(RelativeRedirects.pathOf("https://evil.example")).isEqualTo("/");
    }

    @Test
    void pathsStayAndNothingLeavesTheSite() {
        assertThat(RelativeRedirects.pathOf("/account")).isEqualTo("/account");
        assertThat(RelativeRedirects.pathOf("/?signedout")).isEqualTo("/?signedout");
        assertThat(RelativeRedirects.pathOf("//evil.example/x")).isEqualTo("/x");
        assertThat(RelativeRedirects.pathOf("javascript:alert(1)")).isEqualTo("/");
        assertThat(RelativeRedirects.pathOf("not a url")).isEqualTo("/");
    }
}
