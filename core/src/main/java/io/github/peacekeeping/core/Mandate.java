package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One decision of the authorizing body on a mission's mandate: the resolution that records it, what
 * it does ({@link MandateAction actions}), the day it takes effect, the last day of the mandate period
 * it sets, whether it was adopted under Chapter VII, and the tasks, ceilings and authorized strengths
 * by personnel category it sets.
 *
 * <p>A mission's history is a sequence of such decisions. Each one changes only what it carries: a
 * decision without {@code expires} leaves the mandate period in force unchanged (an ESTABLISH decision
 * without one is open-ended, as UNTSO and UNMOGIP have always been); without {@code tasks} it leaves
 * the tasks unchanged, while an empty list of tasks removes them all; a ceiling it does not set stays
 * as it was. {@link Mission} answers what is in force on a day.
 *
 * <p>Construction refuses a decision without actions, with a repeated action or task, one whose
 * period expires before it takes effect, an authorization that takes effect before the decision, and
 * two authorizations for the same categories from the same day. Rules that need the whole mission (order, lapses, Chapter VII
 * for the protection of civilians) are checked by the validators.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Mandate {

    Mandate() {
    }

    /**
     * Returns the resolution that records this decision.
     *
     * @return the resolution, not null
     */
    public abstract Resolution resolution();

    /**
     * Returns what this decision does, in the order given.
     *
     * @return the actions, at least one, none repeated, unmodifiable
     */
    public abstract List<MandateAction> actions();

    /**
     * Returns the day this decision takes effect.
     *
     * @return the day, not null
     */
    public abstract LocalDate effective();

    /**
     * Returns the last day of the mandate period this decision sets; the mandate is in force on that day.
     *
     * @return the last day, empty if the period in force is unchanged (or, for ESTABLISH, open-ended)
     */
    public abstract Optional<LocalDate> expires();

    /**
     * Returns whether the decision was adopted under Chapter VII of the Charter, which authorizes the
     * use of "all necessary means", as the protection of civilians usually requires.
     *
     * @return true if adopted under Chapter VII
     */
    public abstract boolean chapterVII();

    /**
     * Returns the tasks of the mission from this decision on.
     *
     * @return the tasks, none repeated, unmodifiable; empty Optional if unchanged
     */
    public abstract Optional<List<MandateTask>> tasks();

    /**
     * Returns the authorized ceilings this decision sets.
     *
     * @return the ceilings, empty if unchanged
     */
    public abstract Optional<Ceilings> ceilings();

    // Wire format v2: authorized strength by personnel category.
    /**
     * Returns the authorized maxima by personnel category this decision sets, beside its v1
     * {@link #ceilings() ceilings}; entries with a {@code from} day are later phases of the decision.
     *
     * @return the authorizations in the order given, unmodifiable, possibly empty
     */
    public abstract List<Authorization> authorizedStrength();

    /**
     * Returns every authorization this decision makes: its v1 military ceiling as an authorization for
     * all military categories, its v1 police ceiling as one for all police categories, then its
     * {@link #authorizedStrength()}. The civilian ceiling is not one: civilian staff are not a personnel
     * category that member states contribute.
     *
     * @return the authorizations, unmodifiable, possibly empty
     */
    public List<Authorization> authorizations() {
        if (ceilings().isEmpty()) {
            return authorizedStrength();
        }
        List<Authorization> all = new ArrayList<>();
        ceilings().get().military().ifPresent(
                maximum -> all.add(Authorization.of(ComponentType.MILITARY.categories(), maximum)));
        ceilings().get().police().ifPresent(
                maximum -> all.add(Authorization.of(ComponentType.POLICE.categories(), maximum)));
        all.addAll(authorizedStrength());
        return Collections.unmodifiableList(all);
    }

    /**
     * Returns the day an authorization of this decision takes effect: its {@code from}, or else this
     * decision's {@link #effective()} day.
     *
     * @param authorization  one of {@link #authorizations()}, not null
     * @return the day, not null
     */
    public LocalDate effectiveOf(Authorization authorization) {
        return authorization.from().orElse(effective());
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Mandate}: setters named after the fields ({@code resolution}, {@code effective},
     * {@code expires}, {@code chapterVII}, {@code tasks}, {@code ceilings}), {@code addAction} and
     * {@code actions(Iterable)} for the actions, {@code addAuthorizedStrength},
     * {@code addAllAuthorizedStrength} and {@code authorizedStrength(Iterable)} for the authorizations,
     * {@code from(Mandate)} to copy. Optional fields take null
     * as absent. {@code build()} checks the result and throws {@link PeacekeepingException}.
     */
    public static final class Builder extends ImmutableMandate.Builder {
        Builder() {
        }
    }

    /**
     * Checks whether this decision does a given action.
     *
     * @param action  the action, not null
     * @return true if {@link #actions()} holds it
     */
    public boolean does(MandateAction action) {
        return actions().contains(action);
    }

    /**
     * Returns the mandate period this decision sets: from the day it takes effect to the day it expires,
     * or open-ended for an ESTABLISH decision without expiry.
     *
     * @return the period, empty if this decision leaves the period in force unchanged
     */
    public Optional<DateRange> period() {
        if (expires().isPresent()) {
            return Optional.of(DateRange.of(effective(), expires().get()));
        }
        return does(MandateAction.ESTABLISH) ? Optional.of(DateRange.startingOn(effective())) : Optional.empty();
    }

    @Value.Check
    Mandate check() {
        Checks.notEmpty(FieldNames.ACTIONS, actions());
        Checks.distinct(FieldNames.ACTIONS, actions());
        DateRange.of(FieldNames.EFFECTIVE, effective(), FieldNames.EXPIRES, expires().orElse(null));
        checkAuthorizations();
        if (tasks().isPresent()) {
            List<MandateTask> tasks = tasks().get();
            for (MandateTask task : tasks) {
                if (task == null) {
                    throw new MissingValueException(FieldNames.TASKS + " element");
                }
            }
            Checks.distinct(FieldNames.TASKS, tasks);
            List<MandateTask> copy = List.copyOf(tasks);
            if (copy != tasks) {
                // The Optional holds the caller's list: keep an unmodifiable copy instead.
                return builder().from(this).tasks(copy).build();
            }
        }
        return this;
    }

    /**
     * A phase cannot begin before its decision, and one decision cannot state two maxima for the same
     * categories on the same day: the record would not say which holds.
     */
    private void checkAuthorizations() {
        List<Authorization> all = authorizations();
        for (int i = 0; i < all.size(); i++) {
            Authorization authorization = all.get(i);
            LocalDate from = authorization.from().orElse(null);
            if (from != null && from.isBefore(effective())) {
                throw new PeacekeepingException(FieldNames.FROM, from, "must not be before effective " + effective());
            }
            for (int j = 0; j < i; j++) {
                Authorization earlier = all.get(j);
                if (effectiveOf(earlier).equals(effectiveOf(authorization))
                        && Set.copyOf(earlier.categories()).equals(Set.copyOf(authorization.categories()))) {
                    throw new PeacekeepingException(FieldNames.AUTHORIZED_STRENGTH, authorization,
                            "the decision already authorizes " + earlier + " for the same categories and day");
                }
            }
        }
    }

    /**
     * Returns the resolution's symbol, the actions and the day of effect, e.g.
     * {@code S/RES/918 (1994) [EXPAND, ADJUST] from 1994-05-17}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return resolution().symbol() + " " + actions() + " from " + effective()
                + expires().map(e -> " to " + e).orElse("");
    }
}
