package org.ticketgrid.app.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pages as one browser uses them: its own cookies (so its own session), form posts, and the
 * headers HTMX adds. Redirects are not followed, so a test sees them.
 */
public final class Browser {

    /** A response: status, content type, body and the Location header of a redirect. */
    public record Page(int status, String contentType, String body, String location) {
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Page get(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** What HTMX asks for when it refreshes the element with id {@code target}. */
    public Page htmxGet(String path, String target) {
        return send(request(path).header("Accept", "text/html").header("HX-Request", "true")
                .header("HX-Target", target).GET());
    }

    /** A form post as HTMX sends it; {@code fields} are name-value pairs, names may repeat. */
    public Page htmxPost(String path, List<Map.Entry<String, String>> fields) {
        return send(request(path).header("HX-Request", "true").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** A plain form post, as a browser without JavaScript sends it. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        return send(request(path).header("Accept", "text/html").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
