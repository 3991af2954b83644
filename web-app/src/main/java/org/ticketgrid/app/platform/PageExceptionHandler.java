package org.ticketgrid.app.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Expected failures of page controllers (not found, bad input, not allowed) as the friendly error
 * page with the right status; the API's controllers are answered by {@link ApiExceptionHandler},
 * which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(ApiProblems.ApiProblem.class)
    String problem(ApiProblems.ApiProblem problem, HttpServletResponse response, Model model) {
        HttpStatus status = switch (problem) {
            case ApiProblems.NotFound n -> HttpStatus.NOT_FOUND;
            case ApiProblems.InvalidRequest i -> HttpStatus.BAD_REQUEST;
            case ApiProblems.Conflict c -> HttpStatus.CONFLICT;
            case ApiProblems.Forbidden f -> HttpStatus.FORBIDDEN;
            case ApiProblems.Unauthorized u -> HttpStatus.UNAUTHORIZED;
            case ApiProblems.TooManyRequests t -> HttpStatus.TOO_MANY_REQUESTS;
            case ApiProblems.ServiceUnavailable s -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        LOG.debug("page request refused: {} {}", status.value(), problem.code());
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "error";
    }
}
