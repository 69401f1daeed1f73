package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorized maximum of uniformed personnel that a decision sets, for the sum of some personnel
 * categories, from a day: S/RES/918 (1994) authorized UNAMIR 5,500 troops and staff officers
 * ({@code TROOPS+STAFF_OFFICERS up to 5500}) and, beside them, 320 military observers
 * ({@code EXPERTS_ON_MISSION up to 320}); S/RES/997 (1995) cut the troops "to 2,330 within three months and
 * to 1,800 within four months", two authorizations taking effect on {@code from} days after the decision's
 * own ({@code TROOPS+STAFF_OFFICERS up to 2330 from 1995-09-09}).
 *
 * <p>An authorization takes effect on its {@code from} day, or the decision's {@code effective} day when it
 * has none, and stays in force until a later authorization that names any of its categories takes effect,
 * or the mission closes: the newest statement about a category wins ({@link Mission#authorizationHistory()}).
 * A decision's v1 {@link Ceilings#military() military} and {@link Ceilings#police() police} ceilings are
 * authorizations for every category of their component ({@link Mandate#authorizations()}).
 *
 * <p>Construction refuses no category, a repeated category and a negative maximum. The categories keep
 * the order given, as the wire format writes them. This class is immutable and thread-safe.
 */
public final class Authorization {

    private final List<PersonnelCategory> categories;
    private final int maximum;
    private final LocalDate from;

    private Authorization(List<PersonnelCategory> categories, int maximum, LocalDate from) {
        this.categories = categories;
        this.maximum = maximum;
        this.from = from;
    }

    /**
     * Obtains an authorization that takes effect with its decision.
     *
     * @param categories  the categories whose sum it caps, not null, not empty, none repeated or null
     * @param maximum     the authorized maximum, not negative
     * @return the authorization, not null
     * @throws PeacekeepingException if a category is missing or repeated, or the maximum is negative
     */
    public static Authorization of(Collection<? extends PersonnelCategory> categories, int maximum) {
        return create(categories, maximum, null);
    }

    /**
     * Obtains an authorization that takes effect on a given day, a phase of its decision.
     *
     * @param categories  the categories whose sum it caps, not null, not empty, none repeated or null
     * @param maximum     the authorized maximum, not negative
     * @param from        the day it takes effect, not null; not before the decision's effective day
     *                    ({@link Mandate} checks that)
     * @return the authorization, not null
     * @throws PeacekeepingException if a value is missing, a category repeated, or the maximum negative
     */
    public static Authorization of(Collection<? extends PersonnelCategory> categories, int maximum, LocalDate from) {
        if (from == null) {
            throw new MissingValueException(FieldNames.FROM);
        }
        return create(categories, maximum, from);
    }

    /**
     * The authorization a v1 ceiling makes: every category of a component, from its decision's day.
     * The component's categories are distinct and unmodifiable already, and {@link Ceilings} refuses a
     * negative ceiling, so nothing is copied or checked again: this runs for every decision read.
     */
    static Authorization ofComponent(ComponentType component, int ceiling) {
        return new Authorization(component.categories(), ceiling, null);
    }

    private static Authorization create(Collection<? extends PersonnelCategory> categories, int maximum,
            LocalDate from) {
        if (categories == null) {
            throw new MissingValueException(FieldNames.CATEGORIES);
        }
        List<PersonnelCategory> copy = new ArrayList<>(categories.size());
        for (PersonnelCategory category : categories) {
            if (category == null) {
                throw new MissingValueException(FieldNames.CATEGORIES + " element");
            }
            copy.add(category);
        }
        Checks.notEmpty(FieldNames.CATEGORIES, copy);
        Checks.distinct(FieldNames.CATEGORIES, copy);
        Checks.notNegative(FieldNames.MAXIMUM, maximum);
        return new Authorization(List.copyOf(copy), maximum, from);
    }

    /**
     * Returns the categories whose deployed personnel, summed, this authorization caps.
     *
     * @return the categories in the order given, at least one, none repeated, unmodifiable
     */
    public List<PersonnelCategory> categories() {
        return categories;
    }

    /**
     * Returns the authorized maximum.
     *
     * @return the maximum, not negative
     */
    public int maximum() {
        return maximum;
    }

    /**
     * Returns the day this authorization takes effect, when it is a later phase of its decision.
     *
     * @return the day, empty if it takes effect with its decision
     */
    public Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /**
     * Checks whether this authorization names a category.
     *
     * @param category  the category, not null
     * @return true if {@link #categories()} holds it
     */
    public boolean names(PersonnelCategory category) {
        return categories.contains(category);
    }

    /**
     * Tells whether another authorization caps the same categories, in any order. Each names a category
     * at most once, so the same number and containment mean the same set.
     */
    boolean sameCategories(Authorization other) {
        return categories.size() == other.categories.size() && categories.containsAll(other.categories);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Authorization
                && categories.equals(((Authorization) other).categories)
                && maximum == ((Authorization) other).maximum
                && Objects.equals(from, ((Authorization) other).from);
    }

    @Override
    public int hashCode() {
        return Objects.hash(categories, maximum, from);
    }

    /**
     * Returns the categories joined by "+", the maximum and the day, e.g.
     * {@code TROOPS+STAFF_OFFICERS up to 2330 from 1995-09-09}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return categoryNames() + " up to " + maximum + (from == null ? "" : " from " + from);
    }

    private String categoryNames() {
        StringBuilder names = new StringBuilder();
        for (PersonnelCategory category : categories) {
            names.append(names.length() == 0 ? "" : "+").append(category.name());
        }
        return names.toString();
    }
}
