package org.ticketgrid.app.platform;

import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Who is calling a use case: the account id and whether it is an admin. Features take this rather
 * than the accounts feature's types, so they need not know how people sign in.
 */
public record Actor(UUID id, boolean admin) {

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no authenticated caller");
        }
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return new Actor(UUID.fromString(authentication.getName()), admin);
    }

    /** Whether this actor may manage something owned by {@code ownerId}. */
    public boolean mayManage(UUID ownerId) {
        return admin || id.equals(ownerId);
    }
}
