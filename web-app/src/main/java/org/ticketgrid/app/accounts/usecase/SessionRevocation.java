package org.ticketgrid.app.accounts.usecase;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends everything a user is signed in with: every page session (Spring Session indexes sessions by
 * principal name, which is the user id) and every API token. Used after a password change or
 * reset and after a role change, so that old credentials and old authorities stop working at once.
 */
@Component
public class SessionRevocation {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AccessTokens tokens;

    SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions, AccessTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Revokes all sessions and tokens of {@code userId} but the page session {@code keepSessionId}. */
    public void revokeAll(UUID userId, String keepSessionId) {
        tokens.revokeAll(userId);
        sessions.findByPrincipalName(userId.toString()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId)).forEach(sessions::deleteById);
    }
}
