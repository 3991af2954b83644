package org.ticketgrid.app.holds.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hold this browser has at each event, remembered in its session, so the page shows it again
 * after a reload. Only the id is kept; the grid stays the truth about whether it is still active.
 */
public final class SessionHolds implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ATTRIBUTE = "ticketgrid.eventpage.holds";

    private final ConcurrentHashMap<UUID, String> byEvent = new ConcurrentHashMap<>();

    private SessionHolds() {
    }

    /** The holds of this browser; an empty view when it has no session yet (nothing is created). */
    public static SessionHolds of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object holds = session == null ? null : session.getAttribute(ATTRIBUTE);
        return holds instanceof SessionHolds h ? h : new SessionHolds();
    }

    /** The holds of this browser, creating its session if needed (before remembering a hold). */
    public static SessionHolds forUpdate(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            Object holds = session.getAttribute(ATTRIBUTE);
            if (holds instanceof SessionHolds h) {
                return h;
            }
            SessionHolds created = new SessionHolds();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    public String at(UUID eventId) {
        return byEvent.get(eventId);
    }

    /** Remembers the hold and returns the one it replaces, if any. */
    public String remember(UUID eventId, String holdId) {
        return byEvent.put(eventId, holdId);
    }

    public void forget(UUID eventId, String holdId) {
        byEvent.remove(eventId, holdId);
    }
}
