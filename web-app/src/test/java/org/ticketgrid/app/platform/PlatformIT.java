package org.ticketgrid.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;

/** Health of every dependency, the home page with its offline assets, the API description. */
@IntegrationTest
class PlatformIT {

    @Value("${local.server.port}")
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void healthIsUpOnlyWithEveryDependencyUp() {
        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode components = health.json().get("components");
        for (String dependency : new String[] {"db", "hazelcast", "elasticsearch", "kafka", "mail", "payments"}) {
            assertThat(components.get(dependency).get("status").asText()).as(dependency).isEqualTo("UP");
        }
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void homePageRendersWithHtmxServedFromTheWebJar() {
        Api.Response home = api.page("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.body()).contains("TicketGrid").doesNotContain("unpkg.com").doesNotContain("cdn.");
        var script = java.util.regex.Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]+)\"").matcher(home.body());
        assertThat(script.find()).as("htmx script tag").isTrue();

        Api.Response htmx = api.get(script.group(1));
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
        assertThat(api.get("/css/app.css").status()).isEqualTo(200);
    }

    @Test
    void anUnknownPageIsAFriendlyPageNotAStackTrace() {
        Api.Response missing = api.page("/no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("could not find").doesNotContain("Exception");
    }

    @Test
    void theOpenApiDescriptionListsThePublicEndpoints() {
        Api.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/events/{eventId}/holds")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/events")).isTrue();
    }
}
