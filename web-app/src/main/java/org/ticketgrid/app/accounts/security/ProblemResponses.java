package org.ticketgrid.app.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.platform.ApiExceptionHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 401 and 403 of the API as problem+json, written by the security filters before any controller
 * runs, in the same shape as every other API error.
 */
@Component
public class ProblemResponses {

    private static final Logger AUDIT = LoggerFactory.getLogger("ticketgrid.security");

    private final ObjectMapper json = new ObjectMapper();

    /** Logs an access-control failure (ASVS V7.2.2): who, what; never a token. */
    public static void logDenied(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        AUDIT.warn("security event access-denied user={} {} {} ip={}", auth == null ? null : auth.getName(),
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
    }

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> unauthorized(response, "unauthenticated",
                "Sign in first: send Authorization: Bearer <accessToken>.");
    }

    public AccessDeniedHandler accessDenied() {
        return (request, response, e) -> {
            logDenied(request);
            write(response, HttpStatus.FORBIDDEN,
                    ApiExceptionHandler.problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this."));
        };
    }

    public void unauthorized(HttpServletResponse response, String code, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, ApiExceptionHandler.problem(HttpStatus.UNAUTHORIZED, code, detail));
    }

    private void write(HttpServletResponse response, HttpStatus status, ProblemDetail body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", String.valueOf(body.getType()));
        fields.put("title", body.getTitle());
        fields.put("status", body.getStatus());
        fields.put("detail", body.getDetail());
        if (body.getProperties() != null) {
            fields.putAll(body.getProperties());
        }
        response.getOutputStream().write(json.writeValueAsBytes(fields));
    }
}
