package org.ticketgrid.pipelines.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inputs for the completion suggester: the full name, and the name from each word on, so that
 * "jazz" suggests "Blue Note Jazz Night" too. The suggester is prefix-based; typo tolerance comes
 * from its fuzzy option at query time.
 */
final class SuggestInputs {

    private SuggestInputs() {
    }

    static List<String> of(String name, String venueName) {
        Set<String> inputs = new LinkedHashSet<>();
        add(inputs, name);
        if (venueName != null) {
            inputs.add(venueName.toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(inputs);
    }

    /** Venue and city as written (the suggester folds case itself), so they show as people write them. */
    static List<String> places(String venueName, String city) {
        Set<String> inputs = new LinkedHashSet<>();
        if (venueName != null && !venueName.isBlank()) {
            inputs.add(venueName.strip());
        }
        if (city != null && !city.isBlank()) {
            inputs.add(city.strip());
        }
        return new ArrayList<>(inputs);
    }

    private static void add(Set<String> inputs, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] words = text.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int i = 0; i < words.length && i < 6; i++) {
            inputs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
    }
}
