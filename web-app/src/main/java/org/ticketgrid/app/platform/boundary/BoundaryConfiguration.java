package org.ticketgrid.app.platform.boundary;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Wires the input checks of the error boundary (ADR 0031): the strict string reader into the
 * application's JSON mapper, and the parameter filter in front of everything else but the
 * character encoding (decimal-only numbers: {@link DecimalParameters}).
 */
@Configuration(proxyBeanMethods = false)
class BoundaryConfiguration {

    @Bean
    JacksonModule strictStrings() {
        return new SimpleModule("ticketgrid-strict-strings").addDeserializer(String.class,
                new StrictStringDeserializer());
    }

    @Bean
    FilterRegistrationBean<CleanParametersFilter> cleanParametersFilter() {
        var registration = new FilterRegistrationBean<>(new CleanParametersFilter());
        // After Boot's CharacterEncodingFilter (HIGHEST_PRECEDENCE): parameters are decoded as UTF-8.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
