package org.ticketgrid.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.Browser;
import org.ticketgrid.app.support.CatalogFixtures;
import org.ticketgrid.app.support.IntegrationTest;
import org.ticketgrid.app.support.TestAccounts;

/**
 * The regression tests of the error boundary (ADR 0031), one per finding of issue 10: each used to
 * answer 500, answer in somebody else's words, or accept what it should refuse.
 */
@IntegrationTest
class ErrorBoundaryIT {

    @Value("${local.server.port}")
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aMalformedMultipartBodyOnAJsonEndpointIs415NotA500() throws Exception {
        TestAccounts.Account customer = TestAccounts.customer(api);
        for (String path : List.of("/api/v1/auth/token", "/api/v1/auth/register", "/api/v1/auth/password-reset")) {
            HttpResponse<String> answer = multipart("POST", path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(415);
            assertProblem(answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        }
        HttpResponse<String> me = multipart("PATCH", "/api/v1/me", customer.token());
        assertThat(me.statusCode()).isEqualTo(415);
        HttpResponse<String> search = multipart("GET", "/api/v1/events", null);
        assertThat(search.statusCode()).isLessThan(500);
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedNamingTheField() {
        TestAccounts.Account customer = TestAccounts.customer(api);
        Api me = api.withToken(customer.token());
        Api.Response nul = me.patch("/api/v1/me", "{\"displayName\":\"Ada\\u0000Lovelace\"}");
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
        assertThat(nul.json().get("errors").get(0).get("field").asText()).isEqualTo("displayName");
        assertThat(nul.json().get("errors").get(0).get("message").asText()).contains("control characters");
        assertThat(me.patch("/api/v1/me", "{\"displayName\":\"Ada\\ud800\"}").status()).isEqualTo(400);
        assertThat(me.patch("/api/v1/me", "{\"displayName\":\"\\u001b[31mAda\"}").status()).isEqualTo(400);
        assertThat(me.get("/api/v1/me").json().get("displayName").asText()).isEqualTo("Test Customer");

        assertThat(api.post("/api/v1/auth/token", "{\"email\":\"a\\u0000@example.test\",\"password\":\"x\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/register", "{\"email\":\"" + TestAccounts.uniqueEmail("nul")
                + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"displayName\":\"N\\u0000\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/auth/password-reset", "{\"email\":\"a\\u0000@example.test\"}").status())
                .isEqualTo(400);

        Api merchant = TestAccounts.asMerchant(api);
        Api.Response venue = merchant.post("/api/v1/venues", "{\"name\":\"Hall \\udc00\",\"address\":\"1 Road\","
                + "\"city\":\"Town\",\"country\":\"NL\",\"sections\":[{\"name\":\"Floor\",\"capacity\":10}]}");
        assertThat(venue.status()).as(venue.body()).isEqualTo(400);
        assertThat(venue.json().get("errors").get(0).get("field").asText()).isEqualTo("name");

        Api admin = api.withToken(TestAccounts.admin(api).token());
        Api.Response query = admin.get("/api/v1/admin/users?q=%00");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.contentType()).startsWith("application/problem+json");
        assertThat(query.json().get("errors").get(0).get("field").asText()).isEqualTo("q");
    }

    @Test
    void textIsStoredInNfc() {
        Api me = api.withToken(TestAccounts.customer(api).token());
        Api.Response changed = me.patch("/api/v1/me", "{\"displayName\":\"Cafe\\u0301 Owner\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(me.get("/api/v1/me").json().get("displayName").asText()).isEqualTo("Caf\u00e9 Owner");
    }

    @Test
    void jsonTypesAreStrict() {
        Api me = api.withToken(TestAccounts.customer(api).token());
        Api.Response bool = me.patch("/api/v1/me", "{\"displayName\": true}");
        assertThat(bool.status()).isEqualTo(400);
        assertThat(bool.json().get("errors").get(0).get("field").asText()).isEqualTo("displayName");
        assertThat(bool.json().get("errors").get(0).get("message").asText()).isEqualTo("must be a string");
        assertThat(me.patch("/api/v1/me", "{\"displayName\": 12}").status()).isEqualTo(400);
        assertThat(me.get("/api/v1/me").json().get("displayName").asText()).isEqualTo("Test Customer");

        for (String body : List.of("{\"email\": 123}", "{\"email\": true}", "{\"email\": [\"a@example.test\"]}",
                "{\"email\": {}}")) {
            Api.Response reset = api.post("/api/v1/auth/password-reset", body);
            assertThat(reset.status()).as(body).isEqualTo(400);
            assertThat(reset.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void searchParametersAreBoundedBeforeElasticsearch() {
        for (String query : List.of("page=500&size=20", "page=1000", "page=99&size=101",
                "from=%2B999999999-12-31T23:59:59Z", "to=-999999999-01-01T00:00:00Z",
                "minPrice=-9223372036854775808", "maxPrice=9223372036854775807", "lat=NaN&lon=NaN&radiusKm=10",
                "lat=Infinity&lon=0", "radiusKm=10", "page=0x10", "size=0x10", "lat=0x1p3&lon=1")) {
            Api.Response search = api.get("/api/v1/events?" + query);
            assertThat(search.status()).as(query + ": " + search.body()).isEqualTo(400);
            assertThat(search.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/events?page=99&size=100").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/events?lat=52.37&lon=4.89&radiusKm=10").status()).isEqualTo(200);
    }

    @Test
    void adminListsTakeOnlyADecimalPageFromZero() {
        Api admin = api.withToken(TestAccounts.admin(api).token());
        for (String page : List.of("-1", "0x10", "%2310", "1e3", "99999999999")) {
            Api.Response list = admin.get("/api/v1/admin/users?page=" + page);
            assertThat(list.status()).as(page + ": " + list.body()).isEqualTo(400);
            assertThat(list.contentType()).startsWith("application/problem+json");
        }
        assertThat(admin.get("/api/v1/admin/users?page=010").json().get("page").asInt()).isEqualTo(10);
        Browser browser = new Browser(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        Browser.Page page = browser.get("/admin/users?page=-1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("That request did not work").doesNotContain("Exception");
    }

    @Test
    void unknownApiPathsAndWrongMethodsAreProblems() {
        Api.Response unknown = api.get("/api/v1/no-such-thing");
        assertThat(unknown.status()).isIn(401, 404);
        assertProblem(unknown.contentType(), unknown.body());
        Api.Response signedIn = api.withToken(TestAccounts.customer(api).token()).get("/api/v1/no-such-thing");
        assertThat(signedIn.status()).isEqualTo(404);
        assertProblem(signedIn.contentType(), signedIn.body());
        assertThat(signedIn.json().get("code").asText()).isEqualTo("not-found");
        Api.Response method = api.delete("/api/v1/events");
        assertThat(method.status()).isIn(401, 403, 405);
        assertProblem(method.contentType(), method.body());
    }

    @Test
    void whatTomcatRefusesIsAProblemOnTheApiAndTheFriendlyPageElsewhere() throws IOException {
        for (String line : List.of("GET /api/v1/events?q=<b> HTTP/1.1", "GET /api/v1/events/%2F HTTP/1.1",
                "GET /api/v1/events/%00 HTTP/1.1", "GET /api/v1/events/..;/admin/users HTTP/1.1",
                "TRACE /api/v1/events HTTP/1.1", "GET /api/v1/" + "x".repeat(20_000) + " HTTP/1.1")) {
            Raw answer = raw(line, "");
            assertThat(answer.status()).as(line.substring(0, Math.min(60, line.length()))).isBetween(400, 499);
            assertProblem(answer.contentType(), answer.body());
        }
        Raw header = raw("GET /api/v1/events HTTP/1.1", "X-Huge: " + "h".repeat(20_000) + "\r\n");
        assertThat(header.status()).isBetween(400, 499);
        assertProblem(header.contentType(), header.body());
        for (String line : List.of("GET /?q=<b> HTTP/1.1", "GET /events/%2F HTTP/1.1", "GET /events/..;/admin HTTP/1.1",
                "TRACE / HTTP/1.1")) {
            Raw answer = raw(line, "");
            assertThat(answer.status()).as(line).isBetween(400, 499);
            assertThat(answer.contentType()).as(line).startsWith("text/html");
            assertThat(answer.body()).as(line).contains("TicketGrid").doesNotContain("Tomcat")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aForgedCsrfTokenOfTheRightLengthIsTheFriendly403() {
        TestAccounts.Account customer = TestAccounts.customer(api);
        Browser browser = new Browser(port).signIn(customer.email(), TestAccounts.PASSWORD);
        browser.get("/account");
        String forged = "A".repeat(browser.csrfToken().length());
        Browser.Page profile = browser.postRaw("/account/profile", Map.of("displayName", "Mallory", "_csrf", forged));
        assertThat(profile.status()).isEqualTo(403);
        assertThat(profile.body()).contains("This page is not for you").doesNotContain("Exception");
        String garbage = "%".repeat(96);
        assertThat(browser.postRaw("/account/profile", Map.of("displayName", "M", "_csrf", garbage)).status())
                .isEqualTo(403);

        Browser anonymous = new Browser(port).from(TestAccounts.randomIp());
        anonymous.get("/signin");
        Browser.Page signIn = anonymous.postRaw("/signin", Map.of("email", customer.email(), "password",
                TestAccounts.PASSWORD, "_csrf", "B".repeat(96)));
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.body()).contains("This page is not for you");
    }

    @Test
    void redirectsAreRelativeWhateverHostTheClientClaims() throws IOException {
        Raw account = raw("GET /account HTTP/1.1", "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n",
                "evil.example");
        assertThat(account.status()).isEqualTo(302);
        assertThat(account.header("Location")).isEqualTo("/signin");
        Raw slash = raw("GET /api HTTP/1.1", "", "evil.example");
        if (slash.header("Location") != null) {
            assertThat(slash.header("Location")).doesNotContain("evil.example");
        }
    }

    @Test
    void seatIdsAreStringsInAnswersAndHoldsTakeStringsOrNumbers() {
        Api merchant = TestAccounts.asMerchant(api);
        JsonNode venue = CatalogFixtures.aVenue().create(merchant);
        assertThat(venue.get("sections").get(0).get("seats").get(0).get("id").isTextual()).isTrue();
        String eventId = CatalogFixtures.anEventAt(merchant, venue, "Seat ids as strings", true).get("id").asText();
        JsonNode map = api.get("/api/v1/events/" + eventId + "/seats").json();
        JsonNode seat = map.get("sections").get(0).get("seats").get(0);
        assertThat(seat.get("id").isTextual()).as(seat.toString()).isTrue();
        assertThat(map.get("sections").get(0).get("id").isTextual()).isTrue();
        String first = seat.get("id").asText();
        String second = map.get("sections").get(0).get("seats").get(1).get("id").asText();

        Api buyer = api.withToken(TestAccounts.customer(api).token());
        Api.Response asString = buyer.post("/api/v1/events/" + eventId + "/holds", Map.of("seatIds", List.of(first)));
        assertThat(asString.status()).as(asString.body()).isEqualTo(201);
        assertThat(asString.json().get("seats").get(0).isTextual()).isTrue();
        assertThat(asString.json().get("seats").get(0).asText()).isEqualTo(first);
        Api.Response asNumber = buyer.post("/api/v1/events/" + eventId + "/holds",
                "{\"seatIds\":[" + Long.parseLong(second) + "]}");
        assertThat(asNumber.status()).as(asNumber.body()).isEqualTo(201);
        assertThat(asNumber.json().get("seats").get(0).asText()).isEqualTo(second);
        Api.Response garbage = buyer.post("/api/v1/events/" + eventId + "/holds", "{\"seatIds\":[\"12abc\"]}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("errors").get(0).get("field").asText()).isEqualTo("seatIds[0]");
    }

    private static void assertProblem(String contentType, String body) {
        assertThat(contentType).as(body).startsWith("application/problem+json");
        assertThat(body).contains("\"code\"").doesNotContain("java.").doesNotContain("org.springframework")
                .doesNotContain("timestamp");
    }

    private HttpResponse<String> multipart(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .header("X-Forwarded-For", TestAccounts.randomIp())
                .method(method, HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; "
                        + "name=\"email\"\r\n\r\nbroken"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    record Raw(int status, String head, String body) {
        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        String header(String name) {
            return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
        }
    }

    private Raw raw(String requestLine, String headers) throws IOException {
        return raw(requestLine, headers, "127.0.0.1");
    }

    private Raw raw(String requestLine, String headers, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(response.substring(9, 12)), response.substring(0, split),
                    response.substring(split + 4));
        }
    }
}
