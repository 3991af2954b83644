package org.ticketgrid.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The TicketGrid web app: pages, REST API, a client of the grid. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TicketGridApplication {

    public static void main(String[] args) {
        SpringApplication.run(TicketGridApplication.class, args);
    }
}
