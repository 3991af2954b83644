package org.ticketgrid.app.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ticketgrid.app.catalog.VenueLayout;
import org.ticketgrid.app.catalog.usecase.CreateVenue;
import org.ticketgrid.app.platform.Actor;
import org.ticketgrid.app.platform.ApiProblems;

/**
 * The venue layout builder: sections of rows × seats or standing areas, drawn live by
 * {@code /js/venue-builder.js} as they are typed, saved through the same use case as
 * {@code POST /api/v1/venues}. A refused layout comes back (400) with every problem listed.
 */
@Controller
class VenueBuilderPages {

    private final CreateVenue createVenue;

    VenueBuilderPages(CreateVenue createVenue) {
        this.createVenue = createVenue;
    }

    @GetMapping("/merchant/venues/new")
    String builder(Model model) {
        return show(model, VenueForm.blank(), List.of());
    }

    @PostMapping("/merchant/venues")
    String create(@RequestParam MultiValueMap<String, String> fields, Authentication caller, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        VenueForm form = VenueForm.parse(fields);
        List<String> problems = new ArrayList<>();
        CreateVenue.Command command = form.toCommand(Actor.of(caller).id(), problems);
        if (command != null) {
            try {
                var venue = createVenue.create(command).venue();
                redirect.addFlashAttribute("notice", "Venue " + venue.getName() + " saved with "
                        + command.layout().sections().stream().mapToInt(VenueLayout.Section::seatCount).sum()
                        + " places. Now create an event there.");
                return "redirect:/merchant/events/new?venueId=" + venue.getId();
            } catch (ApiProblems.InvalidRequest refused) {
                problems.add(refused.getMessage());
            }
        }
        response.setStatus(400);
        return show(model, form, problems);
    }

    private static String show(Model model, VenueForm form, List<String> problems) {
        if (form.sections.isEmpty()) {
            form.sections.add(new VenueForm.SectionRow("", "SEATED", "", "", ""));
        }
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("maxRows", VenueLayout.MAX_ROWS_PER_SECTION);
        model.addAttribute("maxSeats", VenueLayout.MAX_SEATS_PER_ROW);
        return "catalog/venue-builder";
    }
}
