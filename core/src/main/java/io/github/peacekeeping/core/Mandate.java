package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
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
 * <p>Chapter VII is given paragraph by paragraph: {@link #chapterVII()} says the decision was adopted (at
 * least in part) under Chapter VII, and {@link #chapterVIITasks()}, where given, which tasks it authorizes
 * so.
 *
 * <p>Construction refuses a decision without actions, with a repeated action or task, and one whose
 * period expires before it takes effect; Chapter VII tasks when the decision is not under Chapter VII, or
 * that are not among the tasks it sets; a decision not under Chapter VII whose resolution has a part
 * under Chapter VII; an authorization that takes effect before the decision, and two authorizations for
 * the same categories from the same day. Rules that need the whole mission (order, lapses, Chapter VII
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

    // Diplomacy: the agreements a decision supports.

    /**
     * Returns the names of the mission's peace agreements this decision supports: "Arusha Peace Agreement"
     * for resolution 872 (1993), which established UNAMIR to help implement it. The mission must carry an
     * agreement of each name ({@link Mission#agreements()}).
     *
     * @return the names, none repeated, unmodifiable, possibly empty
     */
    public abstract List<String> supports();

    /**
     * Returns the tasks this decision authorizes under Chapter VII, where the record says which: Chapter VII
     * is given paragraph by paragraph, and a decision adopted under it may authorize only some of its tasks
     * so (S/RES/918 (1994): the arms embargo of its part B, not the mandate of its part A).
     *
     * @return the tasks, none repeated, each among the decision's tasks in force, unmodifiable, empty if
     *         adopted without Chapter VII; an empty Optional means all the decision's tasks if
     *         {@link #chapterVII()} and none otherwise
     * @see #chapterVIITasksInForce(Set, Set)
     */
    public abstract Optional<List<MandateTask>> chapterVIITasks();

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
        Ceilings ceilings = ceilings().get();
        if (ceilings.military().isPresent()) {
            all.add(Authorization.ofComponent(ComponentType.MILITARY, ceilings.military().getAsInt()));
        }
        if (ceilings.police().isPresent()) {
            all.add(Authorization.ofComponent(ComponentType.POLICE, ceilings.police().getAsInt()));
        }
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
     * {@code expires}, {@code chapterVII}, {@code tasks}, {@code ceilings}, {@code chapterVIITasks}), {@code addAction} and
     * {@code actions(Iterable)} for the actions, {@code addAgreement} and {@code supports(Iterable)}
     * for the agreements it supports, {@code addAuthorizedStrength}, {@code addAllAuthorizedStrength} and
     * {@code authorizedStrength(Iterable)} for the authorizations, {@code from(Mandate)} to copy. Optional fields take null
     * as absent. {@code build()} checks the result and throws {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableMandate.Builder generated = new ImmutableMandate.Builder();

        Builder() {
        }

        /**
         * Copies the values of a mandate into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param mandate  the mandate to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code mandate} is null
         */
        public Builder from(Mandate mandate) {
            generated.from(Given.value("mandate", mandate));
            return this;
        }

        /**
         * Sets {@link Mandate#resolution()}.
         *
         * @param resolution  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code resolution} is null
         */
        public Builder resolution(Resolution resolution) {
            generated.resolution(Given.value(FieldNames.RESOLUTION, resolution));
            return this;
        }

        /**
         * Adds one element of {@link Mandate#actions()}, after those added before.
         *
         * @param action  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code action} is null
         */
        public Builder addAction(MandateAction action) {
            generated.addAction(Given.element(FieldNames.ACTIONS, action));
            return this;
        }

        /**
         * Adds elements of {@link Mandate#actions()}, after those added before; if one is refused, none is added.
         *
         * @param actions  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code actions} or one of its elements is null
         */
        public Builder addActions(MandateAction... actions) {
            generated.addActions(Given.elements(FieldNames.ACTIONS, actions));
            return this;
        }

        /**
         * Sets {@link Mandate#actions()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param actions  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code actions} or one of its elements is null
         */
        public Builder actions(Iterable<? extends MandateAction> actions) {
            generated.actions(Given.elements(FieldNames.ACTIONS, actions));
            return this;
        }

        /**
         * Adds elements of {@link Mandate#actions()}, after those added before; if one is refused, none is added.
         *
         * @param actions  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code actions} or one of its elements is null
         */
        public Builder addAllActions(Iterable<? extends MandateAction> actions) {
            generated.addAllActions(Given.elements(FieldNames.ACTIONS, actions));
            return this;
        }

        /**
         * Sets {@link Mandate#effective()}.
         *
         * @param effective  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code effective} is null
         */
        public Builder effective(LocalDate effective) {
            generated.effective(Given.value(FieldNames.EFFECTIVE, effective));
            return this;
        }

        /**
         * Sets {@link Mandate#expires()}.
         *
         * @param expires  the value, null for none
         * @return this builder
         */
        public Builder expires(LocalDate expires) {
            generated.expires(expires);
            return this;
        }

        /**
         * Sets {@link Mandate#expires()}.
         *
         * @param expires  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code expires} is null
         */
        public Builder expires(Optional<? extends LocalDate> expires) {
            generated.expires(Given.value(FieldNames.EXPIRES, expires));
            return this;
        }

        /**
         * Sets {@link Mandate#chapterVII()}.
         *
         * @param chapterVII  the value
         * @return this builder
         */
        public Builder chapterVII(boolean chapterVII) {
            generated.chapterVII(chapterVII);
            return this;
        }

        /**
         * Sets {@link Mandate#tasks()}.
         *
         * @param tasks  the value, null for none; no null element
         * @return this builder
         * @throws MissingValueException if one of the elements is null
         */
        public Builder tasks(List<MandateTask> tasks) {
            if (tasks != null) {
                Given.elements(FieldNames.TASKS, tasks);
            }
            generated.tasks(tasks);
            return this;
        }

        /**
         * Sets {@link Mandate#tasks()}.
         *
         * @param tasks  the value, empty for none; not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code tasks} or one of its elements is null
         */
        public Builder tasks(Optional<? extends List<MandateTask>> tasks) {
            Given.value(FieldNames.TASKS, tasks).ifPresent(list -> Given.elements(FieldNames.TASKS, list));
            generated.tasks(tasks);
            return this;
        }

        /**
         * Sets {@link Mandate#ceilings()}.
         *
         * @param ceilings  the value, null for none
         * @return this builder
         */
        public Builder ceilings(Ceilings ceilings) {
            generated.ceilings(ceilings);
            return this;
        }

        /**
         * Sets {@link Mandate#ceilings()}.
         *
         * @param ceilings  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code ceilings} is null
         */
        public Builder ceilings(Optional<? extends Ceilings> ceilings) {
            generated.ceilings(Given.value(FieldNames.CEILINGS, ceilings));
            return this;
        }

        /**
         * Adds one element of {@link Mandate#supports()}, after those added before.
         *
         * @param agreement  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code agreement} is null
         */
        public Builder addAgreement(String agreement) {
            generated.addAgreement(Given.element(FieldNames.SUPPORTS, agreement));
            return this;
        }

        /**
         * Adds elements of {@link Mandate#supports()}, after those added before; if one is refused, none is added.
         *
         * @param supports  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code supports} or one of its elements is null
         */
        public Builder addSupports(String... supports) {
            generated.addSupports(Given.elements(FieldNames.SUPPORTS, supports));
            return this;
        }

        /**
         * Sets {@link Mandate#supports()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param supports  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code supports} or one of its elements is null
         */
        public Builder supports(Iterable<String> supports) {
            generated.supports(Given.elements(FieldNames.SUPPORTS, supports));
            return this;
        }

        /**
         * Adds elements of {@link Mandate#supports()}, after those added before; if one is refused, none is added.
         *
         * @param supports  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code supports} or one of its elements is null
         */
        public Builder addAllSupports(Iterable<String> supports) {
            generated.addAllSupports(Given.elements(FieldNames.SUPPORTS, supports));
            return this;
        }

        /**
         * Sets {@link Mandate#chapterVIITasks()}.
         *
         * @param chapterVIITasks  the value, null for none; no null element
         * @return this builder
         * @throws MissingValueException if one of the elements is null
         */
        public Builder chapterVIITasks(List<MandateTask> chapterVIITasks) {
            if (chapterVIITasks != null) {
                Given.elements(FieldNames.CHAPTER_VII_TASKS, chapterVIITasks);
            }
            generated.chapterVIITasks(chapterVIITasks);
            return this;
        }

        /**
         * Sets {@link Mandate#chapterVIITasks()}.
         *
         * @param chapterVIITasks  the value, empty for none; not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code chapterVIITasks} or one of its elements is null
         */
        public Builder chapterVIITasks(Optional<? extends List<MandateTask>> chapterVIITasks) {
            Given.value(FieldNames.CHAPTER_VII_TASKS, chapterVIITasks).ifPresent(list -> Given.elements(FieldNames.CHAPTER_VII_TASKS, list));
            generated.chapterVIITasks(chapterVIITasks);
            return this;
        }

        /**
         * Adds one element of {@link Mandate#authorizedStrength()}, after those added before.
         *
         * @param authorizedStrength  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code authorizedStrength} is null
         */
        public Builder addAuthorizedStrength(Authorization authorizedStrength) {
            generated.addAuthorizedStrength(Given.element(FieldNames.AUTHORIZED_STRENGTH, authorizedStrength));
            return this;
        }

        /**
         * Adds elements of {@link Mandate#authorizedStrength()}, after those added before; if one is refused, none is added.
         *
         * @param authorizedStrength  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code authorizedStrength} or one of its elements is null
         */
        public Builder addAuthorizedStrength(Authorization... authorizedStrength) {
            generated.addAuthorizedStrength(Given.elements(FieldNames.AUTHORIZED_STRENGTH, authorizedStrength));
            return this;
        }

        /**
         * Sets {@link Mandate#authorizedStrength()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param authorizedStrength  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code authorizedStrength} or one of its elements is null
         */
        public Builder authorizedStrength(Iterable<? extends Authorization> authorizedStrength) {
            generated.authorizedStrength(Given.elements(FieldNames.AUTHORIZED_STRENGTH, authorizedStrength));
            return this;
        }

        /**
         * Adds elements of {@link Mandate#authorizedStrength()}, after those added before; if one is refused, none is added.
         *
         * @param authorizedStrength  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code authorizedStrength} or one of its elements is null
         */
        public Builder addAllAuthorizedStrength(Iterable<? extends Authorization> authorizedStrength) {
            generated.addAllAuthorizedStrength(Given.elements(FieldNames.AUTHORIZED_STRENGTH, authorizedStrength));
            return this;
        }

        /**
         * Builds the mandate and checks it.
         *
         * @return the mandate, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Mandate build() {
            return generated.build();
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

    /**
     * Returns the tasks in force once this decision takes effect: its own tasks if it sets them, otherwise
     * those in force before it.
     *
     * @param before  the tasks in force before this decision, not null
     * @return the tasks, unmodifiable
     */
    public Set<MandateTask> tasksInForce(Set<MandateTask> before) {
        return Collections.unmodifiableSet(taskSet(tasks().isPresent() ? tasks().get() : before));
    }

    /**
     * Returns the tasks under Chapter VII authority once this decision takes effect. A decision that says
     * which of its tasks it authorizes under Chapter VII ({@link #chapterVIITasks()}) authorizes those; one
     * adopted under Chapter VII without saying authorizes all the tasks in force; one that restates the
     * tasks without Chapter VII authorizes none. A decision that does none of these, such as a renewal
     * that extends the period without invoking Chapter VII, leaves the authority as it was: the model reads
     * the mandate it extends as keeping its authorizations (S/RES/1291 (2000) authorized MONUC under Chapter
     * VII to protect civilians under imminent threat, and a later plain extension keeps that authority).
     *
     * @param tasksInForce  the tasks in force once this decision takes effect ({@link #tasksInForce(Set)}), not null
     * @param before        the tasks under Chapter VII authority before this decision, not null
     * @return the tasks under Chapter VII authority, among {@code tasksInForce}, unmodifiable
     */
    public Set<MandateTask> chapterVIITasksInForce(Set<MandateTask> tasksInForce, Set<MandateTask> before) {
        Set<MandateTask> authorized;
        if (chapterVIITasks().isPresent()) {
            authorized = taskSet(chapterVIITasks().get());
        } else if (chapterVII()) {
            authorized = taskSet(tasksInForce);
        } else if (tasks().isPresent()) {
            authorized = EnumSet.noneOf(MandateTask.class);
        } else {
            authorized = taskSet(before);
        }
        authorized.retainAll(tasksInForce);
        return Collections.unmodifiableSet(authorized);
    }

    private static Set<MandateTask> taskSet(Collection<MandateTask> tasks) {
        return tasks.isEmpty() ? EnumSet.noneOf(MandateTask.class) : EnumSet.copyOf(tasks);
    }

    @Value.Check
    Mandate check() {
        Checks.notEmpty(FieldNames.ACTIONS, actions());
        Checks.distinct(FieldNames.ACTIONS, actions());
        DateRange.of(FieldNames.EFFECTIVE, effective(), FieldNames.EXPIRES, expires().orElse(null));
        Checks.distinct(FieldNames.SUPPORTS, supports());
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
        return checkChapterVII();
    }

    /** Chapter VII as the decision, its tasks and its resolution's parts record it must agree. */
    private Mandate checkChapterVII() {
        for (ResolutionPart part : resolution().parts()) {
            if (part.isUnderChapterVII() && !chapterVII()) {
                throw new PeacekeepingException(FieldNames.CHAPTER_VII, false,
                        "part " + part.label() + " of " + resolution().symbol() + " is under Chapter VII");
            }
        }
        if (chapterVIITasks().isEmpty()) {
            return this;
        }
        List<MandateTask> authorized = chapterVIITasks().get();
        for (MandateTask task : authorized) {
            if (task == null) {
                throw new MissingValueException(FieldNames.CHAPTER_VII_TASKS + " element");
            }
        }
        Checks.distinct(FieldNames.CHAPTER_VII_TASKS, authorized);
        if (!chapterVII() && !authorized.isEmpty()) {
            throw new PeacekeepingException(FieldNames.CHAPTER_VII_TASKS, authorized,
                    "must be empty when chapterVII is false");
        }
        if (tasks().isPresent() && !tasks().get().containsAll(authorized)) {
            throw new PeacekeepingException(FieldNames.CHAPTER_VII_TASKS, authorized,
                    "must be among the decision's tasks " + tasks().get());
        }
        List<MandateTask> copy = List.copyOf(authorized);
        // The Optional holds the caller's list: keep an unmodifiable copy instead.
        return copy == authorized ? this : builder().from(this).chapterVIITasks(copy).build();
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
                if (effectiveOf(earlier).equals(effectiveOf(authorization)) && earlier.sameCategories(authorization)) {
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
