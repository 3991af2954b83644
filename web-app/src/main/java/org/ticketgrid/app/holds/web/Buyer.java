package org.ticketgrid.app.holds.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.UUID;

/**
 * Who is buying. Until sign-in is required, a browser without a signed-in account gets its own
 * id, kept in its HTTP session, so two visitors never see or release each other's holds. When
 * accounts require sign-in, {@link #accountId} is the one method to change.
 */
public final class Buyer {

    public static final String BROWSER_ID = "ticketgrid.buyer";

    private Buyer() {
    }

    /**
     * The account id holds are placed under: the principal's name when signed in, else this
     * browser's id. With {@code create} false, a browser without a session yet has none (null):
     * it cannot have a hold, and a page view should not start a session for nothing.
     */
    public static String accountId(Principal principal, HttpServletRequest request, boolean create) {
        if (principal != null) {
            return principal.getName();
        }
        HttpSession session = request.getSession(create);
        if (session == null) {
            return null;
        }
        Object id = session.getAttribute(BROWSER_ID);
        if (id == null && create) {
            id = "browser-" + UUID.randomUUID();
            session.setAttribute(BROWSER_ID, id);
        }
        return (String) id;
    }
}
