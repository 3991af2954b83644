package org.ticketgrid.app.waitingroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.ticketgrid.app.waitingroom.usecase.AdmissionGate;
import org.ticketgrid.app.waitingroom.usecase.RoomTerms;
import org.ticketgrid.app.waitingroom.usecase.WaitingRoom;

/**
 * The pages' side of the admission gate: the token the queue page received is kept in the
 * buyer's session (per event), the event page sends a buyer without a live one to the queue, and
 * the page's hold form passes through the same gate as the API's hold endpoint.
 */
@Component
public class AdmissionPages {

    private static final String TOKEN = "ticketgrid.admission.";

    private final AdmissionGate gate;
    private final WaitingRoom room;

    AdmissionPages(AdmissionGate gate, WaitingRoom room) {
        this.gate = gate;
        this.room = room;
    }

    /** Where a buyer of a high-demand event without a live admission goes instead (else null). */
    public String redirectToQueue(UUID eventId, Principal principal, HttpServletRequest request) {
        String account = principal == null ? "" : principal.getName();
        long now = System.currentTimeMillis();
        RoomTerms terms = room.terms(eventId);
        if (!terms.highDemand() || !terms.open(now)) {
            return null; // no waiting room (yet, or any more): the event page as usual
        }
        if (gate.precheck(eventId, account, token(eventId, request)) instanceof AdmissionGate.NotAdmitted) {
            return "redirect:/events/" + eventId + "/queue";
        }
        return null;
    }

    /** The gate before a hold placed from the event page: true to go ahead. */
    public boolean mayHold(UUID eventId, String accountId, HttpServletRequest request) {
        return !(gate.enter(eventId, accountId, token(eventId, request)) instanceof AdmissionGate.NotAdmitted);
    }

    static void remember(HttpServletRequest request, UUID eventId, String token) {
        request.getSession(true).setAttribute(TOKEN + eventId, token);
    }

    private static String token(UUID eventId, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(TOKEN + eventId);
    }
}
