package org.ticketgrid.app.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.catalog.EventStatus;
import org.ticketgrid.app.catalog.usecase.CreateEvent;
import org.ticketgrid.app.catalog.usecase.EditEvent;
import org.ticketgrid.app.catalog.web.EventFormData.VenueOption;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;
import org.ticketgrid.app.platform.Ids;

/**
 * The create and edit forms of an event. Choosing a venue reloads the sections part (HTMX, or a
 * plain GET without script); each section is given one of the ticket types. A refused form comes
 * back (400) with every problem listed and what was typed kept. A published event's form locks all
 * but name, description, image and dates (the use case refuses the rest anyway).
 */
@Controller
class EventFormPages {

    private final EventFormData data;
    private final CreateEvent createEvent;
    private final EditEvent editEvent;

    EventFormPages(EventFormData data, CreateEvent createEvent, EditEvent editEvent) {
        this.data = data;
        this.createEvent = createEvent;
        this.editEvent = editEvent;
    }

    @GetMapping("/merchant/events/new")
    String newEvent(@RequestParam(required = false) String venueId,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Authentication caller, Model model) {
        List<VenueOption> usable = data.usableBy(Actor.of(caller));
        fill(model, EventForm.blank(venueId), usable, venue(usable, venueId), List.of(), null);
        return htmx != null ? "catalog/event-form :: sections" : "catalog/event-form";
    }

    @PostMapping("/merchant/events")
    String create(@RequestParam MultiValueMap<String, String> fields, Authentication caller, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = Actor.of(caller);
        List<VenueOption> usable = data.usableBy(actor);
        EventForm form = EventForm.parse(fields);
        VenueOption venue = venue(usable, form.venueId);
        List<String> problems = new ArrayList<>();
        if (venue == null) {
            problems.add("choose one of your venues");
        } else {
            CreateEvent.Command command = form.toCreate(actor, venue.id(), venue.timeZone(), problems);
            if (problems.isEmpty()) {
                try {
                    UUID id = createEvent.create(actor, command).id();
                    redirect.addFlashAttribute("notice", "Saved as a draft. Publish it when it is ready.");
                    return "redirect:/merchant/events/" + id;
                } catch (ApiProblems.InvalidRequest refused) {
                    problems.addAll(problemsOf(refused));
                }
            }
        }
        response.setStatus(400);
        fill(model, form.padTypes(), usable, venue, problems, null);
        return "catalog/event-form";
    }

    @GetMapping("/merchant/events/{id}/edit")
    String edit(@PathVariable String id, Authentication caller, Model model) {
        EventFormData.Edit edit = data.edit(Ids.uuid(id, "event"), Actor.of(caller));
        fill(model, edit.form(), List.of(edit.venue()), edit.venue(), List.of(), edit.event());
        return "catalog/event-form";
    }

    @PostMapping("/merchant/events/{id}/edit")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
            Authentication caller, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = Actor.of(caller);
        UUID eventId = Ids.uuid(id, "event");
        EventFormData.Edit current = data.edit(eventId, actor);
        EventForm typed = EventForm.parse(fields);
        List<String> problems = new ArrayList<>();
        EditEvent.Command command = typed.toEdit(current.event().status(), current.event().timeZone(), problems);
        int status = 400;
        if (problems.isEmpty()) {
            try {
                editEvent.edit(eventId, actor, command);
                redirect.addFlashAttribute("notice", "Your changes are saved.");
                return "redirect:/merchant/events/" + eventId;
            } catch (ApiProblems.InvalidRequest refused) {
                problems.addAll(problemsOf(refused));
            } catch (ApiProblems.Conflict refused) {
                problems.add(refused.getMessage());
                status = 409;
            }
        }
        response.setStatus(status);
        EventForm shown = current.event().status() == EventStatus.DRAFT ? typed.withLayoutOf(current.form())
                : current.form().keepTyped(typed);
        fill(model, shown, List.of(current.venue()), current.venue(), problems, current.event());
        return "catalog/event-form";
    }

    private static void fill(Model model, EventForm form, List<VenueOption> usable, VenueOption venue,
            List<String> problems, EventFormData.Editing editing) {
        model.addAttribute("form", form);
        model.addAttribute("venues", usable);
        model.addAttribute("venue", venue);
        model.addAttribute("categories", EventForm.CATEGORIES);
        model.addAttribute("problems", problems);
        model.addAttribute("editing", editing);
        model.addAttribute("locked", editing != null && editing.status() != EventStatus.DRAFT);
    }

    private static VenueOption venue(List<VenueOption> usable, String venueId) {
        if (venueId == null || venueId.isBlank()) {
            return null;
        }
        return usable.stream().filter(v -> v.id().toString().equals(venueId.trim())).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> problemsOf(ApiProblems.ApiProblem refused) {
        Object errors = refused.properties().get("errors");
        return errors instanceof List<?> list ? (List<String>) list : List.of(refused.getMessage());
    }
}
