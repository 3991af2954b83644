package org.ticketgrid.app.accounts.security;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.ticketgrid.app.accounts.Role;

/**
 * The signed-in account. Its name is the user id, so {@code Principal#getName()} (holds, orders)
 * and Spring Session's principal index both key on the id, never on a changeable address.
 * Serializable: page sessions are stored in PostgreSQL.
 */
public record AccountPrincipal(UUID id, String email, Role role) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return id.toString();
    }

    public List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** An authenticated token for this principal (no credentials kept). */
    public UsernamePasswordAuthenticationToken toAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities());
    }
}
