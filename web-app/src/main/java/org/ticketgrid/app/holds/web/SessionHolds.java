package org.ticketgrid.app.holds.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hold this browser has at each event, remembered in its session, so the page shows it again
 * after a reload. Only the id is kept; the grid stays the truth about whether it is still active.
 * Sessions live in PostgreSQL (Spring Session JDBC), which saves an attribute only when it is set:
 * every change here sets it again, or a second hold in the same session would be forgotten (and
 * checkout would look for the first, already bought, hold: issue 15, bug 1).
 */
public final class SessionHolds implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ATTRIBUTE = "ticketgrid.eventpage.holds";

    private final ConcurrentHashMap<UUID, String> byEvent = new ConcurrentHashMap<>();
    /** The session this is stored in (null for the empty view of a browser without one). */
    private transient HttpSession session;

    private SessionHolds() {
    }

    /** The holds of this browser; an empty view when it has no session yet (nothing is created). */
    public static SessionHolds of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object holds = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (holds instanceof SessionHolds h) {
            h.session = session;
            return h;
        }
        return new SessionHolds();
    }

    /** The holds of this browser, creating its session if needed (before remembering a hold). */
    public static SessionHolds forUpdate(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            Object holds = session.getAttribute(ATTRIBUTE);
            if (holds instanceof SessionHolds h) {
                h.session = session;
                return h;
            }
            SessionHolds created = new SessionHolds();
            created.session = session;
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    public String at(UUID eventId) {
        return byEvent.get(eventId);
    }

    /** Remembers the hold and returns the one it replaces, if any. */
    public String remember(UUID eventId, String holdId) {
        String previous = byEvent.put(eventId, holdId);
        save();
        return previous;
    }

    public void forget(UUID eventId, String holdId) {
        if (byEvent.remove(eventId, holdId)) {
            save();
        }
    }

    private void save() {
        if (session != null) {
            session.setAttribute(ATTRIBUTE, this);
        }
    }
}
