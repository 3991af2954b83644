package org.ticketgrid.app.platform.outages;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the outage answers: a resolver for controllers, a filter for everything in front of them. */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

    @Bean
    OutageExceptionResolver outageExceptionResolver(OutageSettings settings) {
        return new OutageExceptionResolver(settings);
    }

    /**
     * Right after the character-encoding filter and ahead of Spring Session's (JDBC) and Spring
     * Security's filters, so their outages are answered too.
     */
    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter(OutageSettings settings) {
        var registration = new FilterRegistrationBean<>(new OutageFilter(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
