package org.ticketgrid.app.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator created at start-up when both are set ({@code TICKETGRID_ADMIN_EMAIL},
 * {@code TICKETGRID_ADMIN_PASSWORD}); never in the repository.
 */
@ConfigurationProperties("ticketgrid.admin")
public record AdminBootstrapProperties(String email, String password) {

    public boolean isSet() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
