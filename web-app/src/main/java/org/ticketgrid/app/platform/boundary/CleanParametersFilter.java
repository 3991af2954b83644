package org.ticketgrid.app.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters (names or values) carry control characters or
 * unpaired surrogates, before any controller, repository or search sees them: {@code q=%00} on
 * the admin's user search was a 500 from PostgreSQL. The API gets a 400 problem naming the
 * parameter; pages get the friendly 400 page. JSON bodies are checked by the JSON reader.
 */
final class CleanParametersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = refusedParameter(request.getParameterMap());
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        if (Problems.isApi(request.getRequestURI())) {
            Problems.write(response, HttpStatus.BAD_REQUEST, "invalid-characters",
                    "A parameter has characters that are not allowed.",
                    Map.of("errors", java.util.List.of(Map.of("field", refused, "message", CleanText.REFUSED))));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** The first parameter whose name or a value is refused (its name made printable), or null. */
    static String refusedParameter(Map<String, String[]> parameters) {
        for (var entry : parameters.entrySet()) {
            boolean bad = !CleanText.acceptable(entry.getKey());
            for (String value : entry.getValue()) {
                bad |= !CleanText.acceptable(value);
            }
            if (bad) {
                return printable(entry.getKey());
            }
        }
        return null;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) && Character.isBmpCodePoint(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
