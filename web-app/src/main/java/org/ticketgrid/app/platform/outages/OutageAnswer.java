package org.ticketgrid.app.platform.outages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Writes the 503 of an outage: problem+json (code {@code service-unavailable}, the missing
 * {@code service}, {@code retryAfterSeconds}) on the API, a self-contained friendly page
 * elsewhere, both with {@code Retry-After}. Nothing here touches a backing service: no session,
 * no template engine, no security context, since any of them may be what is away.
 */
final class OutageAnswer {

    static final String TYPE = "https://ticketgrid.org/problems/service-unavailable";
    private static final String PAGE = page();

    private OutageAnswer() {
    }

    /** Whether the request is the API's (problem+json) rather than a page's. */
    static boolean isApi(HttpServletRequest request, Object handler) {
        if (handler instanceof HandlerMethod method) {
            if (method.getBeanType().isAnnotationPresent(RestController.class)
                    || method.hasMethodAnnotation(ResponseBody.class)) {
                return true;
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/auth/") || path.startsWith("/actuator/")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, Object handler,
            Outages.Service service, long retryAfterSeconds) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request, handler)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(problemJson(service, retryAfterSeconds));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(PAGE);
        }
        response.flushBuffer();
    }

    /** The body; every value is ours (an enum's id and a number), so nothing needs escaping. */
    static String problemJson(Outages.Service service, long retryAfterSeconds) {
        return "{\"type\":\"" + TYPE + "\",\"title\":\"Service Unavailable\",\"status\":503,"
                + "\"detail\":\"Part of TicketGrid (" + service.id() + ") is unavailable right now. "
                + "Please try again in a few seconds.\",\"code\":\"service-unavailable\",\"service\":\""
                + service.id() + "\",\"retryAfterSeconds\":" + retryAfterSeconds + "}";
    }

    private static String page() {
        try (InputStream in = OutageAnswer.class.getResourceAsStream("/outages/unavailable.html")) {
            if (in == null) {
                throw new IllegalStateException("outages/unavailable.html is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
