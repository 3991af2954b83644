package org.ticketgrid.app.platform.boundary;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every controller's binder reads numbers as decimals only ({@link DecimalNumbers}): {@code page=0x10}
 * is a 400, not page 16, and {@code lat=NaN} never reaches a query.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecimalParameters {

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        DecimalNumbers.register((org.springframework.beans.PropertyEditorRegistry) binder);
    }
}
