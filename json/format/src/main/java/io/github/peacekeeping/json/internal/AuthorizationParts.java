package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.PersonnelCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder of an {@link Authorization}, which the model makes with a factory rather than a builder
 * ({@link Authorization#of}): the fields of one {@code authorizedStrength} entry reach these parts.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class AuthorizationParts {

    private final List<PersonnelCategory> categories = new ArrayList<>(3);
    private int maximum;
    /** The day of a later phase, or null when the authorization takes effect with its decision. */
    private LocalDate from;

    void addCategory(PersonnelCategory category) {
        categories.add(category);
    }

    void maximum(int maximum) {
        this.maximum = maximum;
    }

    void from(LocalDate day) {
        this.from = day;
    }

    Authorization build() {
        return from == null ? Authorization.of(categories, maximum) : Authorization.of(categories, maximum, from);
    }
}
