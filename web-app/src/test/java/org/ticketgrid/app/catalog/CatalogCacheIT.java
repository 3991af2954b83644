package org.ticketgrid.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.ticketgrid.app.catalog.persistence.EventRepository;
import org.ticketgrid.app.catalog.persistence.TicketTypeSections;
import org.ticketgrid.app.catalog.persistence.VenueRepository;
import org.ticketgrid.app.platform.TicketGridProperties;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.grid.GridSerialization;
import org.ticketgrid.testing.Eventually;

/**
 * The catalog cache is shared through the grid: a second web-app instance (here: a second
 * {@link SaleCatalog} on its own grid client, as another process would have) sees a status or
 * price change made through this instance at once, long before its cache entries would expire.
 */
@IntegrationTest
class CatalogCacheIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    SaleCatalog here;
    @Autowired
    EventRepository events;
    @Autowired
    VenueRepository venues;
    @Autowired
    TicketTypeSections typeSections;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TicketGridProperties properties;
    HazelcastInstance otherClient;
    SaleCatalog other;
    Api merchant;
    JsonNode venue;

    @BeforeEach
    void setUp() {
        ClientConfig config = new ClientConfig();
        config.setClusterName(properties.grid().clusterName());
        config.getNetworkConfig().setAddresses(properties.grid().members());
        config.setProperty("hazelcast.logging.type", "slf4j");
        GridSerialization.register(config.getSerializationConfig());
        otherClient = HazelcastClient.newHazelcastClient(config);
        other = new SaleCatalog(events, venues, typeSections, transactions, properties, otherClient);
        Api api = new Api(port);
        merchant = api.withToken(TestAccounts.withRole(api, "MERCHANT").token());
        venue = aVenue().create(merchant);
    }

    @AfterEach
    void tearDown() {
        otherClient.shutdown();
    }

    @Test
    void aStatusChangeReachesEveryInstanceLongBeforeTheTtl() {
        assertThat(properties.holds().offerCacheTtl()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        UUID event = UUID.fromString(anEventAt(merchant, venue, "Cached " + UUID.randomUUID(), true).get("id")
                .asText());
        assertThat(other.offer(event).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(here.offer(event).status()).isEqualTo(EventStatus.PUBLISHED);

        long start = System.nanoTime();
        assertThat(merchant.post("/api/v1/events/" + event + "/cancel", "").status()).isEqualTo(200);
        assertThat(here.offer(event).status()).isEqualTo(EventStatus.CANCELLED);
        Eventually.eventually(Duration.ofSeconds(3),
                () -> {
                    assertThat(other.offer(event).status()).isEqualTo(EventStatus.CANCELLED);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aDraftsNewPriceReachesEveryInstance() {
        JsonNode created = anEventAt(merchant, venue, "Repriced " + UUID.randomUUID(), false);
        UUID event = UUID.fromString(created.get("id").asText());
        String typeId = created.get("ticketTypes").get(0).get("id").asText();
        long section = venue.get("sections").get(0).get("id").asLong();
        assertThat(other.offer(event).priceOfSection().get(section).priceCents()).isEqualTo(4500);

        assertThat(merchant.patch("/api/v1/events/" + event, Map.of("ticketTypes", List.of(Map.of("id", typeId,
                "name", "Standard", "priceCents", 5200)))).status()).isEqualTo(200);
        Eventually.eventually(Duration.ofSeconds(3),
                () -> {
                    assertThat(other.offer(event).priceOfSection().get(section).priceCents()).isEqualTo(5200);
                });
        assertThat(here.offer(event).priceOfSection().get(section).priceCents()).isEqualTo(5200);
    }
}
