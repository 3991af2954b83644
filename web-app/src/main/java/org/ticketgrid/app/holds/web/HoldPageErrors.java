package org.ticketgrid.app.holds.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.ticketgrid.app.platform.ApiProblems;

/** An unknown, malformed or draft event id on the hold form is the friendly 404 page, never a 500. */
@ControllerAdvice(assignableTypes = HoldPageController.class)
class HoldPageErrors {

    @ExceptionHandler(ApiProblems.NotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
