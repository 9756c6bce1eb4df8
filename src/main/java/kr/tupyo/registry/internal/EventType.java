package kr.tupyo.registry.internal;

import java.util.Set;

/**
 * The kinds of change event and the columns each one uses (docs/formats/change-events.md); every
 * other value column must be empty.
 */
enum EventType {
    MOVE(Set.of("emd_code", "address"), Set.of("residence_type")),
    DEATH(Set.of(), Set.of()),
    NATURALISATION(Set.of(), Set.of("name")),
    NATIONALITY_LOST(Set.of("nationality"), Set.of("permanent_residence_since")),
    NAME_CHANGE(Set.of("name"), Set.of()),
    NEW_REGISTRATION(Set.of("name", "birth_date", "sex", "nationality", "emd_code", "address", "residence_type"),
            Set.of("permanent_residence_since"));

    static final Set<String> VALUE_COLUMNS = Set.of("name", "birth_date", "sex", "nationality", "emd_code", "address",
            "residence_type", "permanent_residence_since");

    private final Set<String> required;
    private final Set<String> optional;

    EventType(Set<String> required, Set<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    boolean requires(String column) {
        return required.contains(column);
    }

    boolean uses(String column) {
        return required.contains(column) || optional.contains(column);
    }
}
