package org.ticketgrid.app.catalog.web;

import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * Reading posted form fields that may be missing or repeated (rows of a table post one value per
 * row under the same name, paired up by position): a missing field reads as "".
 */
final class FormFields {

    private FormFields() {
    }

    static String first(MultiValueMap<String, String> fields, String key) {
        String value = fields.getFirst(key);
        return value == null ? "" : value;
    }

    static List<String> list(MultiValueMap<String, String> fields, String key) {
        List<String> values = fields.get(key);
        return values == null ? List.of() : values;
    }

    static String at(MultiValueMap<String, String> fields, String key, int i) {
        List<String> values = list(fields, key);
        return i < values.size() ? values.get(i) : "";
    }
}
