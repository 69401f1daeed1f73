package io.github.peacekeeping.core;

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
     */
    public static final class Builder extends ImmutableMissionProfile.Builder {
        Builder() {
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
         * Sets the last day of the mandate's operations, known to the day.
         *
         * @param day  the day, null if the operations ran until the mission closed, or still run
         * @return this builder
         * @throws PeacekeepingException if the day's year is not 0 to 9999
         */
        public Builder operationsEnded(LocalDate day) {
            return operationsEnded(day == null ? null : PartialDate.from(FieldNames.OPERATIONS_ENDED, day));
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
