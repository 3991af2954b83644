package org.ticketgrid.app.accounts.usecase;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ticketgrid.app.accounts.Role;
import org.ticketgrid.app.accounts.persistence.SecurityEvents;
import org.ticketgrid.app.accounts.persistence.Users;
import org.ticketgrid.app.accounts.persistence.Users.UserRow;
import org.ticketgrid.app.platform.ApiProblems;

/** What admins do with accounts: find them, change their role. */
@Service
public class AdminUsers {

    public static final int PAGE_SIZE = 25;

    /** A page of users. */
    public record Page(List<UserRow> items, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private final Users users;
    private final SessionRevocation revocation;
    private final SecurityEvents events;

    AdminUsers(Users users, SessionRevocation revocation, SecurityEvents events) {
        this.users = users;
        this.revocation = revocation;
        this.events = events;
    }

    public Page search(String q, int page) {
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        int p = Math.max(0, page);
        return new Page(users.search(query, p * PAGE_SIZE, PAGE_SIZE), users.count(query), p, PAGE_SIZE);
    }

    public UserRow find(UUID userId) {
        return users.byId(userId).orElseThrow(() -> new ApiProblems.NotFound("user"));
    }

    /**
     * Gives a user another role. The last admin cannot be demoted (nobody could promote anyone
     * again). The user's sessions and tokens end, so the new role applies from the next sign-in
     * and an old one cannot linger.
     */
    @Transactional
    public UserRow changeRole(UUID actorId, UUID userId, Role role) {
        UserRow user = users.byId(userId).orElseThrow(() -> new ApiProblems.NotFound("user"));
        if (user.role() == role) {
            return user;
        }
        if (user.role() == Role.ADMIN && users.countByRole(Role.ADMIN) <= 1) {
            throw new ApiProblems.Conflict("last-admin", "The last admin cannot be given another role.",
                    Map.of());
        }
        users.updateRole(userId, role);
        revocation.revokeAll(userId, null);
        events.record(userId, "role-changed", null, "to " + role + " by " + actorId);
        return users.byId(userId).orElseThrow();
    }
}
