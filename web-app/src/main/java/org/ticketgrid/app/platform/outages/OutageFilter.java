package org.ticketgrid.app.platform.outages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 for an outage met outside a controller: in the filters in front of them (the
 * grid-backed throttles and token checks, the JDBC session store), which otherwise end in the
 * container's 500. Registered first, so it wraps every other filter.
 */
final class OutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(OutageFilter.class);

    private final OutageSettings settings;

    OutageFilter(OutageSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<Outages.Service> service = Outages.causeOf(e);
            if (service.isEmpty() || response.isCommitted()) {
                throw e;
            }
            LOG.warn("{} {} answered 503: {} unavailable ({})", request.getMethod(), request.getRequestURI(),
                    service.get().id(), e.toString());
            OutageAnswer.write(request, response, null, service.get(), settings.retryAfter().toSeconds());
        }
    }
}
