package org.ticketgrid.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as one browser uses them: its own cookies (so its own session), form posts with the
 * CSRF token of the page it last loaded, and the headers HTMX adds. Redirects are not followed, so
 * a test sees them.
 */
public final class Browser {

    /** A page response. */
    public record Page(int status, String contentType, String body, HttpHeaders headers) {

        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The token as a form field, or in the body's hx-headers that HTMX sends with every request. */
    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"|X-CSRF-TOKEN&quot;:\\s*&quot;([^&]+)&quot;");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private String csrf;
    private String forwardedFor;

    /** The same browser, as if behind a trusted proxy for client {@code ip} (X-Forwarded-For). */
    public Browser from(String ip) {
        this.forwardedFor = ip;
        return this;
    }

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Loads a page (remembering its CSRF token); {@code headers} are name-value pairs. */
    public Page get(String path, String... headers) {
        HttpRequest.Builder request = request(path).header("Accept", "text/html").GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return remember(send(request));
    }

    /** What HTMX asks for when it refreshes the element with id {@code target}. */
    public Page htmxGet(String path, String target) {
        return remember(send(request(path).header("Accept", "text/html").header("HX-Request", "true")
                .header("HX-Target", target).GET()));
    }

    /** A form post as HTMX sends it, with the page's CSRF token; names may repeat. */
    public Page htmxPost(String path, List<Map.Entry<String, String>> fields) {
        return send(request(path).header("HX-Request", "true").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(withCsrf(fields)))));
    }

    /** A plain form post, as a browser without JavaScript sends it, with the page's CSRF token. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        return postRaw(path, withCsrf(fields));
    }

    /** Posts a form with the CSRF token of the last page loaded (as a browser would). */
    public Page post(String path, Map<String, String> fields) {
        return post(path, new ArrayList<>(fields.entrySet()));
    }

    /** Posts exactly these fields: no CSRF token unless given (for forgery tests). */
    public Page postRaw(String path, Map<String, String> fields) {
        return postRaw(path, new ArrayList<>(new LinkedHashMap<>(fields).entrySet()));
    }

    private Page postRaw(String path, List<Map.Entry<String, String>> fields) {
        return send(request(path).header("Accept", "text/html").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** A file as this browser downloads it: status, headers and the raw bytes. */
    public record Download(int status, String contentType, byte[] bytes, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Downloads {@code path} with this browser's cookies, keeping the body as bytes (a PDF, a PNG). */
    public Download download(String path) {
        HttpResponse<byte[]> response = exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    /** Signs in through the form; asserts it worked. */
    public Browser signIn(String email, String password) {
        get("/signin");
        Page result = post("/signin", Map.of("email", email, "password", password));
        assertThat(result.status()).as(result.body()).isEqualTo(302);
        assertThat(result.location()).as("redirect after sign-in").doesNotContain("error").doesNotContain("throttled");
        return this;
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("TG_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public String csrfToken() {
        return csrf;
    }

    private List<Map.Entry<String, String>> withCsrf(List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null && fields.stream().noneMatch(f -> f.getKey().equals("_csrf"))) {
            all.add(Map.entry("_csrf", csrf));
        }
        return all;
    }

    private Page remember(Page page) {
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return page;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Page send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
