package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mission's identity and lifecycle without its mandate history: acronym, name, hosts, region, the days
 * it was established, its operations ended and it closed, its links to the missions before and after it,
 * and the other names the UN's files give it. A list of operations, such as the UN's own list of every
 * peacekeeping operation since 1948, records this much and no more.
 *
 * <p>It is not a {@link Mission} because a mission is defined by the decisions that set its mandate: a
 * mission holds at least one, and its queries (the decisions, tasks and ceilings in force on a day) and
 * its validators need them. A list of operations has no resolution column, and inventing a decision to
 * fill one would put on record something the list does not say. Every mission has a profile,
 * {@link Mission#profile()}, with the same values for the same fields; a profile does not make a mission.
 *
 * <p>Construction makes the checks that a mission makes on the same fields, with the same messages (a
 * mission runs them through its profile): no blank or padded acronym or name, at least one host and none
 * repeated, {@code operationsEnded} and {@code closed} not before {@code established} and {@code closed} not
 * before {@code operationsEnded} in every reading of partial dates, no link repeated or to the mission itself,
 * no alias blank, padded, repeated or equal to the acronym. Whether linked missions agree is for
 * {@code io.github.peacekeeping.core.validation.SuccessionValidator}, which checks profiles as it checks
 * missions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MissionProfile {

    MissionProfile() {
    }

    /**
     * Returns the acronym, as {@link Mission#acronym()}.
     *
     * @return the acronym, not blank
     */
    public abstract String acronym();

    /**
     * Returns the full name, as {@link Mission#name()}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the host countries or territories, as {@link Mission#hosts()}.
     *
     * @return the hosts, at least one, none repeated, unmodifiable
     */
    public abstract List<CountryCode> hosts();

    /**
     * Returns the region the UN groups the mission in.
     *
     * @return the region, not null
     */
    public abstract Region region();

    /**
     * Returns the day the mission was established, as {@link Mission#established()}.
     *
     * @return the day, or the month or year when the record gives no more, not null
     */
    public abstract PartialDate established();

    /**
     * Returns the last day of the mandate's operations where the mission then withdrew until it closed, as
     * {@link Mission#operationsEnded()}.
     *
     * @return the day, month or year, not before {@link #established()}; empty when operations ran until the
     *         mission closed, or still run
     */
    public abstract Optional<PartialDate> operationsEnded();

    /**
     * Returns the day the mission closed, as {@link Mission#closed()}.
     *
     * @return the day, month or year, not before {@link #established()} or {@link #operationsEnded()}; empty
     *         while the mission is active
     */
    public abstract Optional<PartialDate> closed();

    /**
     * Returns the links to the missions before and after this one, as {@link Mission#links()}.
     *
     * @return the links, none repeated and none to this mission, unmodifiable, possibly empty
     */
    public abstract List<MissionLink> links();

    /**
     * Returns other names the UN's files use for this mission, as {@link Mission#aliases()}.
     *
     * @return the aliases, none repeated and none the acronym, unmodifiable, possibly empty
     */
    public abstract List<String> aliases();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MissionProfile}: a setter for each field of its name, {@code addHost} and
     * {@code addAllHosts}, {@code addLink}, {@code addAlias}, and for the dates a setter that takes a
     * {@link PartialDate} and one that takes a {@code LocalDate} known to the day. Optional fields take null as
     * absent; {@code build()} checks the result and throws {@link PeacekeepingException}. A builder is not
     * thread-safe; what it builds is.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableMissionProfile.Builder generated = new ImmutableMissionProfile.Builder();

        Builder() {
        }

        /**
         * Copies the values of a profile into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param profile  the profile to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code profile} is null
         */
        public Builder from(MissionProfile profile) {
            generated.from(Given.value("missionProfile", profile));
            return this;
        }

        /**
         * Sets {@link MissionProfile#acronym()}.
         *
         * @param acronym  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code acronym} is null
         */
        public Builder acronym(String acronym) {
            generated.acronym(Given.value(FieldNames.ACRONYM, acronym));
            return this;
        }

        /**
         * Sets {@link MissionProfile#name()}.
         *
         * @param name  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code name} is null
         */
        public Builder name(String name) {
            generated.name(Given.value(FieldNames.NAME, name));
            return this;
        }

        /**
         * Adds one element of {@link MissionProfile#hosts()}, after those added before.
         *
         * @param host  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code host} is null
         */
        public Builder addHost(CountryCode host) {
            generated.addHost(Given.element(FieldNames.HOSTS, host));
            return this;
        }

        /**
         * Adds elements of {@link MissionProfile#hosts()}, after those added before; if one is refused, none is added.
         *
         * @param hosts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code hosts} or one of its elements is null
         */
        public Builder addHosts(CountryCode... hosts) {
            generated.addHosts(Given.elements(FieldNames.HOSTS, hosts));
            return this;
        }

        /**
         * Sets {@link MissionProfile#hosts()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param hosts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code hosts} or one of its elements is null
         */
        public Builder hosts(Iterable<? extends CountryCode> hosts) {
            generated.hosts(Given.elements(FieldNames.HOSTS, hosts));
            return this;
        }

        /**
         * Adds elements of {@link MissionProfile#hosts()}, after those added before; if one is refused, none is added.
         *
         * @param hosts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code hosts} or one of its elements is null
         */
        public Builder addAllHosts(Iterable<? extends CountryCode> hosts) {
            generated.addAllHosts(Given.elements(FieldNames.HOSTS, hosts));
            return this;
        }

        /**
         * Sets {@link MissionProfile#region()}.
         *
         * @param region  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code region} is null
         */
        public Builder region(Region region) {
            generated.region(Given.value(FieldNames.REGION, region));
            return this;
        }

        /**
         * Sets {@link MissionProfile#established()}.
         *
         * @param established  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code established} is null
         */
        public Builder established(PartialDate established) {
            generated.established(Given.value(FieldNames.ESTABLISHED, established));
            return this;
        }

        /**
         * Sets {@link MissionProfile#closed()}.
         *
         * @param closed  the value, null for none
         * @return this builder
         */
        public Builder closed(PartialDate closed) {
            generated.closed(closed);
            return this;
        }

        /**
         * Sets {@link MissionProfile#closed()}.
         *
         * @param closed  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code closed} is null
         */
        public Builder closed(Optional<? extends PartialDate> closed) {
            generated.closed(Given.value(FieldNames.CLOSED, closed));
            return this;
        }

        /**
         * Sets {@link MissionProfile#operationsEnded()}.
         *
         * @param operationsEnded  the value, null for none
         * @return this builder
         */
        public Builder operationsEnded(PartialDate operationsEnded) {
            generated.operationsEnded(operationsEnded);
            return this;
        }

        /**
         * Sets {@link MissionProfile#operationsEnded()}.
         *
         * @param operationsEnded  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code operationsEnded} is null
         */
        public Builder operationsEnded(Optional<? extends PartialDate> operationsEnded) {
            generated.operationsEnded(Given.value(FieldNames.OPERATIONS_ENDED, operationsEnded));
            return this;
        }

        /**
         * Adds one element of {@link MissionProfile#links()}, after those added before.
         *
         * @param link  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code link} is null
         */
        public Builder addLink(MissionLink link) {
            generated.addLink(Given.element(FieldNames.LINKS, link));
            return this;
        }

        /**
         * Adds elements of {@link MissionProfile#links()}, after those added before; if one is refused, none is added.
         *
         * @param links  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code links} or one of its elements is null
         */
        public Builder addLinks(MissionLink... links) {
            generated.addLinks(Given.elements(FieldNames.LINKS, links));
            return this;
        }

        /**
         * Sets {@link MissionProfile#links()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param links  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code links} or one of its elements is null
         */
        public Builder links(Iterable<? extends MissionLink> links) {
            generated.links(Given.elements(FieldNames.LINKS, links));
            return this;
        }

        /**
         * Adds elements of {@link MissionProfile#links()}, after those added before; if one is refused, none is added.
         *
         * @param links  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code links} or one of its elements is null
         */
        public Builder addAllLinks(Iterable<? extends MissionLink> links) {
            generated.addAllLinks(Given.elements(FieldNames.LINKS, links));
            return this;
        }

        /**
         * Adds one element of {@link MissionProfile#aliases()}, after those added before.
         *
         * @param alias  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code alias} is null
         */
        public Builder addAlias(String alias) {
            generated.addAlias(Given.element(FieldNames.ALIASES, alias));
            return this;
        }

        /**
         * Adds elements of {@link MissionProfile#aliases()}, after those added before; if one is refused, none is added.
         *
         * @param aliases  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code aliases} or one of its elements is null
         */
        public Builder addAliases(String... aliases) {
            generated.addAliases(Given.elements(FieldNames.ALIASES, aliases));
            return this;
        }

        /**
         * Sets {@link MissionProfile#aliases()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param aliases  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code aliases} or one of its elements is null
         */
        public Builder aliases(Iterable<String> aliases) {
            generated.aliases(Given.elements(FieldNames.ALIASES, aliases));
            return this;
        }

        /**
         * Adds elements of {@link MissionProfile#aliases()}, after those added before; if one is refused, none is added.
         *
         * @param aliases  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code aliases} or one of its elements is null
         */
        public Builder addAllAliases(Iterable<String> aliases) {
            generated.addAllAliases(Given.elements(FieldNames.ALIASES, aliases));
            return this;
        }

        /**
         * Builds the profile and checks it.
         *
         * @return the profile, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public MissionProfile build() {
            return generated.build();
        }

        /**
         * Sets the day the mission was established, known to the day.
         *
         * @param day  the day, not null
         * @return this builder
         * @throws PeacekeepingException if the day is null or its year is not 0 to 9999
         */
        public Builder established(LocalDate day) {
            return established(PartialDate.from(FieldNames.ESTABLISHED, day));
        }

        /**
         * Sets the day the mission closed, known to the day.
         *
         * @param day  the day, null for a mission that is active
         * @return this builder
         * @throws PeacekeepingException if the day's year is not 0 to 9999
         */
        public Builder closed(LocalDate day) {
            return closed(day == null ? null : PartialDate.from(FieldNames.CLOSED, day));
        }

        /**
         * Sets the last day of the mandate's operations, known to the day.
         *
         * @param day  the day, null if the operations ran until the mission closed, or still run
         * @return this builder
         * @throws PeacekeepingException if the day's year is not 0 to 9999
         */
        public Builder operationsEnded(LocalDate day) {
            return operationsEnded(day == null ? null : PartialDate.from(FieldNames.OPERATIONS_ENDED, day));
        }
    }

    /**
     * Returns the mission's life, as {@link Mission#life()}: from the first day {@code established} may be to
     * the last day {@code closed} may be.
     *
     * @return the life, open while the mission is active
     */
    public DateRange life() {
        return closed().map(c -> DateRange.of(established().earliest(), c.latest()))
                .orElseGet(() -> DateRange.startingOn(established().earliest()));
    }

    /**
     * Checks whether the mission existed on a day, in some reading of its dates, as
     * {@link Mission#isActiveOn(LocalDate)}.
     *
     * @param date  the day, not null
     * @return true if the day lies in {@link #life()}
     */
    public boolean isActiveOn(LocalDate date) {
        return life().contains(date);
    }

    /**
     * Checks whether the mission existed on at least one day of a year, in some reading of its dates.
     *
     * @param year  the year, from 0 to 9999
     * @return true if {@link #life()} overlaps that year
     */
    public boolean isActiveIn(int year) {
        return life().overlaps(DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Value.Check
    void check() {
        Checks.text(FieldNames.ACRONYM, acronym());
        Checks.text(FieldNames.NAME, name());
        Checks.notEmpty(FieldNames.HOSTS, hosts());
        Checks.distinct(FieldNames.HOSTS, hosts());
        if (closed().isPresent()) {
            Checks.notBefore(FieldNames.CLOSED, closed().get(), FieldNames.ESTABLISHED, established());
        }
        if (operationsEnded().isPresent()) {
            Checks.notBefore(FieldNames.OPERATIONS_ENDED, operationsEnded().get(), FieldNames.ESTABLISHED, established());
            if (closed().isPresent()) {
                Checks.notBefore(FieldNames.CLOSED, closed().get(), FieldNames.OPERATIONS_ENDED, operationsEnded().get());
            }
        }
        Checks.distinct(FieldNames.LINKS, links());
        for (MissionLink link : links()) {
            if (link.mission().equals(acronym())) {
                throw new PeacekeepingException(FieldNames.LINKS, link.toString(), "a mission is not linked to itself");
            }
        }
        for (String alias : aliases()) {
            Checks.text(FieldNames.ALIASES, alias);
            if (alias.equals(acronym())) {
                throw new PeacekeepingException(FieldNames.ALIASES, alias, "is the mission's acronym");
            }
        }
        Checks.distinct(FieldNames.ALIASES, aliases());
    }

    /**
     * Returns the acronym, name and life as recorded, as {@link Mission#toString()} does, e.g.
     * {@code UNAVEM II (United Nations Angola Verification Mission II, 1991-05-30/1995-02)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return acronym() + " (" + name() + ", " + established() + "/" + closed().map(PartialDate::toString).orElse("..")
                + ")";
    }
}
