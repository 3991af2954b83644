package org.ticketgrid.app.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ticketgrid.app.notifications.persistence.Preferences;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.notifications.NotificationKind;

/** Which kinds of notification reach the signed-in buyer by email. */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notifications")
class PreferenceApi {

    record Body(Map<String, Boolean> email) {
    }

    private final Preferences preferences;

    PreferenceApi(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "My email preferences", description = "{email: {KIND: true|false}}. ORDER_CONFIRMED, "
            + "TICKETS_RESENT and REFUNDED are always mailed; the others can be switched off. Every notification "
            + "is in the notification centre whatever this says.")
    Body get(Authentication auth) {
        return body(preferences.of(Actor.of(auth).id()));
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Change my email preferences", description = "Only the kinds given change. 400 for an "
            + "unknown kind or for switching off a kind that is always mailed.")
    Body put(@RequestBody Body body, Authentication auth) {
        Actor actor = Actor.of(auth);
        if (body == null || body.email() == null) {
            throw new ApiProblems.InvalidRequest("invalid-preferences", "Give {email: {KIND: true|false}}.",
                    Map.of());
        }
        for (Map.Entry<String, Boolean> e : body.email().entrySet()) {
            NotificationKind kind = NotificationKind.parse(e.getKey());
            if (kind == null || e.getValue() == null || !(kind.optional() || kind.alwaysMailed())) {
                throw new ApiProblems.InvalidRequest("invalid-preferences", "Unknown kind " + e.getKey() + ".",
                        Map.of("kinds", List.copyOf(preferences.of(actor.id()).keySet().stream().map(Enum::name)
                                .toList())));
            }
            if (kind.alwaysMailed() && !e.getValue()) {
                throw new ApiProblems.InvalidRequest("always-mailed", kind.name()
                        + " is always mailed (confirmations and refunds).", Map.of("kind", kind.name()));
            }
            if (kind.optional()) {
                preferences.set(actor.id(), kind, e.getValue());
            }
        }
        return body(preferences.of(actor.id()));
    }

    private static Body body(Map<NotificationKind, Boolean> prefs) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        prefs.forEach((k, v) -> out.put(k.name(), v));
        return new Body(out);
    }
}
