package org.ticketgrid.app.platform.outages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a controller's failure that an outage caused with 503, before the
 * {@code @ExceptionHandler} advices (which would log it as a bug and answer 500). It runs ahead of
 * Spring MVC's own resolvers (order 0); anything that is not an outage passes on untouched.
 */
final class OutageExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(OutageExceptionResolver.class);

    private final OutageSettings settings;

    OutageExceptionResolver(OutageSettings settings) {
        this.settings = settings;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        Optional<Outages.Service> service = Outages.causeOf(ex);
        if (service.isEmpty() || response.isCommitted()) {
            return null;
        }
        LOG.warn("{} {} answered 503: {} unavailable ({})", request.getMethod(), request.getRequestURI(),
                service.get().id(), ex.toString());
        try {
            OutageAnswer.write(request, response, handler, service.get(), settings.retryAfter().toSeconds());
        } catch (IOException e) {
            LOG.debug("could not write the 503 answer", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return -1;
    }
}
