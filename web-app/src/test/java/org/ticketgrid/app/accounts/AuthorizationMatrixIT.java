package org.ticketgrid.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticketgrid.app.support.CatalogFixtures.aVenue;
import static org.ticketgrid.app.support.CatalogFixtures.anEventAt;
import static org.ticketgrid.app.support.CatalogFixtures.seatIds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.app.support.TestAccounts.Account;

/**
 * The authorization matrix, walked whole: every endpoint and page, called by anonymous and by an
 * account of each role, against the status listed in one table. Resources named in paths are made
 * fresh for each call where the call changes them ({draft}, {published}, {seat}, {hold}, {order},
 * {othersOrder}: an order of another customer, {user}).
 */
@IntegrationTest
class AuthorizationMatrixIT {

    enum Who { ANONYMOUS, CUSTOMER, MERCHANT, ADMIN }

    /** One line of the matrix: what is called, and the status each caller must get. */
    record Call(String method, String path, Function<AuthorizationMatrixIT, Object> body, int anonymous,
            int customer, int merchant, int admin) {

        int expected(Who who) {
            return switch (who) {
                case ANONYMOUS -> anonymous;
                case CUSTOMER -> customer;
                case MERCHANT -> merchant;
                case ADMIN -> admin;
            };
        }
    }

    private static Call call(String method, String path, Function<AuthorizationMatrixIT, Object> body, int anonymous,
            int customer, int merchant, int admin) {
        return new Call(method, path, body, anonymous, customer, merchant, admin);
    }

    private static final Function<AuthorizationMatrixIT, Object> NONE = t -> null;

    //                                                                           anon  cust  merch admin
    static final List<Call> API = List.of(
            call("GET", "/api/v1/events", NONE,                                   200,  200,  200,  200),
            call("GET", "/api/v1/events/{event}", NONE,                           200,  200,  200,  200),
            call("GET", "/api/v1/events/{event}/seats", NONE,                     200,  200,  200,  200),
            call("GET", "/api/v1/events/suggest?q=matrix", NONE,                  200,  200,  200,  200),
            call("POST", "/api/v1/venues", t -> aVenue().request(),               401,  403,  201,  201),
            call("POST", "/api/v1/events", t -> t.eventRequest(),                 401,  403,  201,  201),
            call("POST", "/api/v1/events/{draft}/publish", t -> "",               401,  403,  200,  200),
            call("POST", "/api/v1/events/{published}/cancel", t -> "",            401,  403,  200,  200),
            call("PATCH", "/api/v1/events/{draft}", t -> Map.of("name", "Renamed"), 401, 403,  200,  200),
            call("GET", "/api/v1/merchant/events/{event}/sales", NONE,            401,  403,  200,  200),
            call("POST", "/api/v1/events/{event}/checkins", t -> Map.of("code", "x"), 401, 403, 400, 400),
            call("POST", "/api/v1/admin/events/{published}/unpublish", t -> "",   401,  403,  403,  200),
            call("POST", "/api/v1/events/{event}/holds", t -> t.nextSeat(),       401,  201,  201,  201),
            call("GET", "/api/v1/holds/{hold}", NONE,                             401,  200,  200,  200),
            call("DELETE", "/api/v1/holds/{hold}", NONE,                          401,  204,  204,  204),
            call("POST", "/api/v1/holds/{hold}/checkout", t -> "",                401,  201,  201,  201),
            call("GET", "/api/v1/orders/{order}", NONE,                           401,  200,  200,  200),
            call("GET", "/api/v1/orders/{othersOrder}", NONE,                     401,  404,  404,  200),
            // An unpaid order has no tickets to print: an admin too gets 404 (CheckoutPagesIT pays first).
            call("GET", "/api/v1/orders/{othersOrder}/tickets.pdf", NONE,         401,  404,  404,  404),
            // Unpaid orders are not refundable (409) for whoever may see them; a stranger gets 404. The
            // matrix's merchant owns the event, so it sees (and could refund) its buyers' orders.
            call("POST", "/api/v1/orders/{order}/refund", t -> Map.of("reason", "r"), 401, 409,  409,  409),
            call("POST", "/api/v1/orders/{othersOrder}/refund", t -> Map.of("reason", "r"), 401, 404, 409, 409),
            call("GET", "/api/v1/admin/reconciliation", NONE,                     401,  403,  403,  200),
            call("GET", "/api/v1/admin/reconciliation/findings.csv", NONE,        401,  403,  403,  200),
            call("POST", "/api/v1/admin/reconciliation/run", t -> t.shortRun(),   401,  403,  403,  200),
            call("POST", "/api/v1/payments/stripe/webhook", t -> "{}",            400,  400,  400,  400),
            call("POST", "/api/v1/auth/register", t -> t.newAccount(),            201,  201,  201,  201),
            call("POST", "/api/v1/auth/token", t -> t.credentials(),              200,  200,  200,  200),
            call("POST", "/api/v1/auth/password-reset", t -> t.resetRequest(),    202,  202,  202,  202),
            call("POST", "/api/v1/auth/password-reset/confirm", t -> t.badReset(), 400, 400,  400,  400),
            call("GET", "/api/v1/me", NONE,                                       401,  200,  200,  200),
            call("PATCH", "/api/v1/me", t -> Map.of("displayName", "Renamed"),    401,  200,  200,  200),
            call("GET", "/api/v1/me/orders", NONE,                                401,  200,  200,  200),
            call("POST", "/api/v1/me/password", t -> t.wrongPassword(),           401,  400,  400,  400),
            call("GET", "/api/v1/admin/users?q=example.test", NONE,               401,  403,  403,  200),
            call("PUT", "/api/v1/admin/users/{user}/role", t -> Map.of("role", "CUSTOMER"), 401, 403, 403, 200),
            call("POST", "/api/v1/auth/logout", t -> "",                          401,  204,  204,  204),
            call("GET", "/api/v1/no-such-endpoint", NONE,                         401,  404,  404,  404),
            call("GET", "/actuator/health/liveness", NONE,                        200,  200,  200,  200),
            call("GET", "/actuator/info", NONE,                                   200,  200,  200,  200),
            call("GET", "/v3/api-docs", NONE,                                     200,  200,  200,  200));

    //                                                                           anon  cust  merch admin
    static final List<Call> PAGES = List.of(
            call("GET", "/", NONE,                                                200,  200,  200,  200),
            call("GET", "/signin", NONE,                                          200,  200,  200,  200),
            call("GET", "/signup", NONE,                                          200,  200,  200,  200),
            call("GET", "/forgot-password", NONE,                                 200,  200,  200,  200),
            call("GET", "/admin/reconciliation", NONE,                            302,  403,  403,  200),
            call("GET", "/admin/reconciliation.csv", NONE,                        302,  403,  403,  200),
            call("GET", "/account", NONE,                                         302,  200,  200,  200),
            call("GET", "/account/bookings", NONE,                                302,  200,  200,  200),
            call("POST", "/account/profile", t -> Map.of("displayName", "Paged"), 302,  302,  302,  302),
            call("GET", "/events/{event}/checkout", NONE,                         302,  302,  302,  302),
            call("GET", "/orders/{order}/pay", NONE,                              302,  200,  200,  200),
            call("GET", "/orders/{othersOrder}", NONE,                            302,  404,  404,  404),
            call("GET", "/orders/{othersOrder}/pay", NONE,                        302,  404,  404,  404),
            call("GET", "/orders/{othersOrder}/tickets.pdf", NONE,                302,  404,  404,  404),
            call("POST", "/orders/{othersOrder}/pay", t -> Map.of("card", "visa"), 302, 404,  404,  404),
            call("POST", "/orders/{othersOrder}/resend", t -> Map.of(),           302,  404,  404,  404),
            call("GET", "/orders/{order}/refund", NONE,                           302,  200,  200,  200),
            call("GET", "/orders/{othersOrder}/refund", NONE,                     302,  404,  200,  200),
            call("POST", "/orders/{othersOrder}/refund", t -> Map.of("reason", "r", "ticketId", "x"),
                                                                                  302,  404,  409,  409),
            call("GET", "/admin/users", NONE,                                     302,  403,  403,  200),
            call("GET", "/admin/orders?q=example", NONE,                          302,  403,  403,  200),
            call("GET", "/admin/users?q=example", NONE,                           302,  403,  403,  200),
            call("POST", "/admin/users/{user}/role", t -> Map.of("role", "CUSTOMER"), 302, 403, 403, 302),
            call("GET", "/events?category=MUSIC", NONE,                          200,  200,  200,  200),
            call("GET", "/merchant/events", NONE,                                 302,  403,  200,  200),
            call("GET", "/merchant/events/{event}/checkin", NONE,                 302,  403,  200,  200),
            call("GET", "/merchant/events/new", NONE,                             302,  403,  200,  200),
            call("GET", "/merchant/events/{event}", NONE,                         302,  403,  200,  200),
            call("GET", "/merchant/events/{event}/edit", NONE,                    302,  403,  200,  200),
            call("GET", "/merchant/events/{event}/attendees.csv", NONE,           302,  403,  200,  200),
            call("POST", "/merchant/events/{draft}/publish", t -> Map.of(),       302,  403,  302,  302),
            call("GET", "/merchant/venues/new", NONE,                             302,  403,  200,  200),
            call("GET", "/admin/events", NONE,                                    302,  403,  403,  200),
            call("GET", "/admin/totals", NONE,                                    302,  403,  403,  200),
            call("POST", "/admin/events/{published}/unpublish", t -> Map.of(),    302,  403,  403,  302),
            call("GET", "/css/app.css", NONE,                                     200,  200,  200,  200));

    @Value("${local.server.port}")
    int port;
    Api api;
    Map<Who, Account> accounts = new EnumMap<>(Who.class);
    JsonNode venue;
    String eventId;
    Iterator<Long> seats;
    /** Events the role accounts hold seats at: a fresh one whenever a role reaches its per-event limit. */
    List<String> holdEvents = new ArrayList<>();
    Map<Who, Integer> holdsPlaced = new EnumMap<>(Who.class);
    @org.springframework.beans.factory.annotation.Autowired
    org.ticketgrid.app.platform.TicketGridProperties properties;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        accounts.put(Who.CUSTOMER, TestAccounts.withRole(api, "CUSTOMER"));
        accounts.put(Who.MERCHANT, TestAccounts.withRole(api, "MERCHANT"));
        accounts.put(Who.ADMIN, TestAccounts.withRole(api, "ADMIN"));
        Api merchant = as(Who.MERCHANT);
        venue = aVenue().withRows(6, 10).create(merchant);
        eventId = anEventAt(merchant, venue, "Matrix Night " + UUID.randomUUID(), true).get("id").asText();
        seats = seatIds(venue).get(0).iterator();
        holdEvents.add(eventId);
    }

    @Test
    void everyApiEndpointAnswersEveryCallerAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Call call : API) {
            for (Who who : Who.values()) {
                Api caller = call.path().equals("/api/v1/auth/logout") && who != Who.ANONYMOUS
                        ? api.withToken(TestAccounts.token(api, accounts.get(who).email(), TestAccounts.PASSWORD))
                        : as(who);
                String path = resolve(call.path(), who);
                Object body = call.body().apply(this);
                Api.Response response = switch (call.method()) {
                    case "GET" -> caller.get(path);
                    case "POST" -> caller.from(TestAccounts.randomIp()).post(path, body);
                    case "PUT" -> caller.put(path, body);
                    case "PATCH" -> caller.patch(path, body);
                    case "DELETE" -> caller.delete(path);
                    default -> throw new IllegalArgumentException(call.method());
                };
                checked++;
                if (response.status() != call.expected(who)) {
                    mismatches.add(call.method() + " " + call.path() + " as " + who + ": expected "
                            + call.expected(who) + ", got " + response.status() + " " + response.body());
                }
                if (response.status() == 401 || response.status() == 403) {
                    if (!response.contentType().startsWith("application/problem+json")) {
                        mismatches.add(call.method() + " " + call.path() + " as " + who + ": not problem+json");
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(API.size() * Who.values().length);
        assertThat(mismatches).as("calls answered differently from the matrix").isEmpty();
    }

    @Test
    void everyPageAnswersEveryCallerAsTheMatrixSays() {
        Map<Who, Browser> browsers = new EnumMap<>(Who.class);
        browsers.put(Who.ANONYMOUS, new Browser(port));
        for (Who who : List.of(Who.CUSTOMER, Who.MERCHANT, Who.ADMIN)) {
            browsers.put(who, new Browser(port).signIn(accounts.get(who).email(), TestAccounts.PASSWORD));
        }
        List<String> mismatches = new ArrayList<>();
        for (Call call : PAGES) {
            for (Who who : Who.values()) {
                Browser browser = browsers.get(who);
                String path = resolve(call.path(), who);
                Browser.Page page;
                if (call.method().equals("GET")) {
                    page = browser.get(path);
                } else {
                    browser.get("/signin"); // any page, for a fresh CSRF token
                    @SuppressWarnings("unchecked")
                    Map<String, String> fields = (Map<String, String>) call.body().apply(this);
                    page = browser.post(path, fields);
                }
                if (page.status() != call.expected(who)) {
                    mismatches.add(call.method() + " " + call.path() + " as " + who + ": expected "
                            + call.expected(who) + ", got " + page.status());
                }
                if (page.status() == 302 && who == Who.ANONYMOUS) {
                    assertThat(page.location()).as(call.path()).endsWith("/signin");
                }
                assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
            }
        }
        assertThat(mismatches).as("pages answered differently from the matrix").isEmpty();
    }

    private Api as(Who who) {
        return who == Who.ANONYMOUS ? api : api.withToken(accounts.get(who).token());
    }

    private String resolve(String path, Who who) {
        String result = path.replace("{event}", eventId);
        if (result.contains("{draft}")) {
            result = result.replace("{draft}", anEventAt(as(Who.MERCHANT), venue, "Draft " + UUID.randomUUID(), false)
                    .get("id").asText());
        }
        if (result.contains("{published}")) {
            result = result.replace("{published}", anEventAt(as(Who.MERCHANT), venue,
                    "Published " + UUID.randomUUID(), true).get("id").asText());
        }
        if (result.contains("{hold}")) {
            Who holder = who == Who.ANONYMOUS ? Who.CUSTOMER : who;
            Api.Response hold = as(holder).post("/api/v1/events/" + holdEvent(holder) + "/holds", nextSeat());
            assertThat(hold.status()).as(hold.body()).isEqualTo(201);
            result = result.replace("{hold}", hold.json().get("holdId").asText());
        }
        if (result.contains("{othersOrder}")) {
            result = result.replace("{othersOrder}", orderOf(api.withToken(TestAccounts.customer(api).token()),
                    eventId));
        }
        if (result.contains("{order}")) {
            Who buyer = who == Who.ANONYMOUS ? Who.CUSTOMER : who;
            result = result.replace("{order}", orderOf(as(buyer), holdEvent(buyer)));
        }
        if (result.contains("{user}")) {
            result = result.replace("{user}", TestAccounts.customer(api).id());
        }
        return result;
    }

    /**
     * An event where {@code holder} may hold one more seat: the matrix places many one-seat holds per
     * role, and the per-account limit per event (HoldLimitIT's subject, not this test's) would refuse
     * them, so after every {@code limit} holds the role moves on to another published event.
     */
    private String holdEvent(Who holder) {
        int placed = holdsPlaced.merge(holder, 1, Integer::sum) - 1;
        int index = placed / properties.holds().maxPerAccountPerEvent();
        while (holdEvents.size() <= index) {
            holdEvents.add(anEventAt(as(Who.MERCHANT), venue, "Matrix holds " + UUID.randomUUID(), true)
                    .get("id").asText());
        }
        return holdEvents.get(index);
    }

    /** A fresh order (hold and checkout at {@code event}) of the buyer behind {@code buyer}. */
    private String orderOf(Api buyer, String event) {
        Api.Response hold = buyer.post("/api/v1/events/" + event + "/holds", nextSeat());
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        Api.Response order = buyer.post("/api/v1/holds/" + hold.json().get("holdId").asText() + "/checkout", "");
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        return order.json().get("orderId").asText();
    }

    Map<String, Object> eventRequest() {
        List<Long> sectionIds = new ArrayList<>();
        venue.get("sections").forEach(s -> sectionIds.add(s.get("id").asLong()));
        Instant starts = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return Map.of("venueId", venue.get("id").asText(), "name", "Matrix event", "category", "MUSIC",
                "description", "", "highDemand", false,
                "startsAt", starts.toString(), "endsAt", starts.plus(2, ChronoUnit.HOURS).toString(),
                "ticketTypes", List.of(Map.of("name", "Standard", "priceCents", 1000, "currency", "EUR",
                        "sectionIds", sectionIds)));
    }

    /** A reconciliation run over this test's event and the last minute only. */
    Map<String, Object> shortRun() {
        return Map.of("eventId", eventId, "from", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                "to", Instant.now().plus(1, ChronoUnit.MINUTES).toString());
    }

    Map<String, Object> nextSeat() {
        return Map.of("seatIds", List.of(seats.next()));
    }

    Map<String, Object> newAccount() {
        return Map.of("email", TestAccounts.uniqueEmail("matrix"), "password", TestAccounts.PASSWORD,
                "displayName", "Matrix");
    }

    Map<String, Object> credentials() {
        return Map.of("email", accounts.get(Who.CUSTOMER).email(), "password", TestAccounts.PASSWORD);
    }

    Map<String, Object> resetRequest() {
        return Map.of("email", TestAccounts.uniqueEmail("nobody"));
    }

    Map<String, Object> badReset() {
        return Map.of("token", "x".repeat(43), "newPassword", "A-new-Passphrase-9931");
    }

    Map<String, Object> wrongPassword() {
        return Map.of("currentPassword", "not-the-Password-0000", "newPassword", "A-new-Passphrase-9931");
    }
}
