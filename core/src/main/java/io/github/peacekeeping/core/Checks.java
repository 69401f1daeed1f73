package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Require;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The construction checks the value types share; each throws {@link PeacekeepingException}. Those the
 * model's other packages need too are in {@link Require}, which these call.
 */
final class Checks {

    private Checks() {
    }

    /** Text must hold more than blanks, and no blanks at its ends (a padded acronym would not match). */
    static void text(String field, String value) {
        Require.text(field, value);
    }

    /**
     * A date must not be certainly before another: {@code 1993-10} may close a mission established on
     * 1993-10-05, {@code 1993-09} may not. Dates that only some readings put in the wrong order are kept.
     */
    static void notBefore(String field, PartialDate date, String otherField, PartialDate other) {
        if (date.latest().isBefore(other.earliest())) {
            throw new PeacekeepingException(field, date, "must not be before " + otherField + " " + other);
        }
    }

    static void notNegative(String field, int value) {
        if (value < 0) {
            throw new PeacekeepingException(field, value, "must not be negative");
        }
    }

    /** A count of personnel and the women among them, as a deployment or a mission's total gives them. */
    static void personnel(int total, OptionalInt female) {
        notNegative(FieldNames.TOTAL, total);
        if (female.isPresent()) {
            notNegative(FieldNames.FEMALE, female.getAsInt());
            if (female.getAsInt() > total) {
                throw new PeacekeepingException(FieldNames.FEMALE, female.getAsInt(), "must not exceed total " + total);
            }
        }
    }

    /** A total derived from several counts must be representable, never wrapped around. */
    static void sumFitsInt(String field, long sum) {
        if (sum > Integer.MAX_VALUE) {
            throw new PeacekeepingException(field, sum, "makes a total above " + Integer.MAX_VALUE);
        }
    }

    /**
     * The type parameter of a component keeps other categories out at compile time only: raw types get
     * past it, and a police deployment in a military component could be written but never read back.
     */
    static void categoriesInComponent(UniformedComponent<?> component) {
        for (Deployment<?> deployment : component.deployments()) {
            inComponent(component.type(), deployment.category());
        }
        for (PersonnelTotal<?> total : component.totals()) {
            inComponent(component.type(), total.category());
        }
    }

    private static void inComponent(ComponentType component, PersonnelCategory category) {
        if (category.component() != component) {
            throw new PeacekeepingException(FieldNames.CATEGORY, category, "not a category of the "
                    + component.typeName() + " component: expected one of " + names(component.categories()));
        }
    }

    private static String names(List<PersonnelCategory> categories) {
        StringBuilder names = new StringBuilder();
        for (PersonnelCategory category : categories) {
            names.append(names.length() == 0 ? "" : ", ").append(category.name());
        }
        return names.toString();
    }

    static void notEmpty(String field, List<?> values) {
        Require.notEmpty(field, values);
    }

    /** A list that stands for a set must not repeat a value: reading it as a set would drop one. */
    static void distinct(String field, List<?> values) {
        Require.distinct(field, values);
    }
}
