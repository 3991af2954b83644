package org.ticketgrid.app.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem where no Spring MVC machinery is at hand (a filter, the error
 * dispatch, Tomcat's valve), in the same shape as {@code ApiExceptionHandler}'s: type, title,
 * status, detail and a stable {@code code}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://ticketgrid.org/problems/";
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** Whether a request path (raw or decoded) is the API's, whose errors are problem+json. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The stable code of a bare HTTP status: {@code 404} is {@code not-found}. */
    public static String codeOf(int status) {
        if (status >= 500) {
            return status == 503 ? "service-unavailable" : "internal-error";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "bad-request" : known.name().toLowerCase().replace('_', '-');
    }

    /** A body for {@code status} with our words: never the container's or an exception's. */
    public static String body(int status, String code, String detail, Map<String, ?> properties) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + code);
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.putAll(properties);
        return JSON.writeValueAsString(body);
    }

    /** What the API says for a bare status, when nothing more specific is known. */
    public static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Sign in first.";
            case 403 -> "This is not allowed.";
            case 404 -> "There is nothing here.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No acceptable representation.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request is too large.";
            case 414 -> "The request URL is too long.";
            case 415 -> "This content type is not accepted here.";
            case 431 -> "The request headers are too large.";
            case 503 -> "The service is unavailable; please try again in a moment.";
            default -> status >= 500 ? "Something went wrong on our side. It has been logged; please try again."
                    : "The request cannot be served.";
        };
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail,
            Map<String, ?> properties) throws IOException {
        response.setStatus(status.value());
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status.value(), code, detail, properties));
    }
}
