package io.github.peacekeeping.examples.catalogue;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Region;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of the catalogue: acronym, name, hosts, region, and the days it was established and
 * closed, each known to the day or, as the UN's list mostly gives them, to the month ({@link PartialDate}).
 * It carries the fields a {@code Mission} document starts with, without the mandates, which the
 * catalogue does not record (the wire format requires at least one).
 *
 * <p>Construction refuses a blank acronym or name, no host or a repeated host, and a closing date that no
 * reading puts on or after the establishing date, with the model's own exception and message template.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogueEntry {

    private final String acronym;
    private final String name;
    private final List<CountryCode> hosts;
    private final Region region;
    private final PartialDate established;
    private final PartialDate closed;

    private CatalogueEntry(String acronym, String name, List<CountryCode> hosts, Region region,
            PartialDate established, PartialDate closed) {
        this.acronym = acronym;
        this.name = name;
        this.hosts = hosts;
        this.region = region;
        this.established = established;
        this.closed = closed;
    }

    /**
     * Obtains an entry from its fields.
     *
     * @param acronym      the acronym, e.g. "UNEF I", not blank
     * @param name         the full name, not blank
     * @param hosts        the host countries or territories, not null, at least one, none repeated
     * @param region       the UN's region, not null
     * @param established  the day (or month) the operation was established, not null
     * @param closed       the day (or month) it closed, not before {@code established}; null while it is active
     * @return the entry, not null
     * @throws PeacekeepingException if a value is missing, blank, repeated or out of order
     */
    public static CatalogueEntry of(String acronym, String name, List<CountryCode> hosts, Region region,
            PartialDate established, PartialDate closed) {
        text(FieldNames.ACRONYM, acronym);
        text(FieldNames.NAME, name);
        if (hosts == null) {
            throw new MissingValueException(FieldNames.HOSTS);
        }
        List<CountryCode> copy = List.copyOf(hosts);
        if (copy.isEmpty()) {
            throw new PeacekeepingException(FieldNames.HOSTS, copy, "must not be empty");
        }
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new PeacekeepingException(FieldNames.HOSTS, copy, "must not repeat a host");
        }
        if (region == null) {
            throw new MissingValueException(FieldNames.REGION);
        }
        if (established == null) {
            throw new MissingValueException(FieldNames.ESTABLISHED);
        }
        if (closed != null && closed.latest().isBefore(established.earliest())) {
            throw new PeacekeepingException(FieldNames.CLOSED, closed,
                    "must not be before " + FieldNames.ESTABLISHED + " " + established);
        }
        return new CatalogueEntry(acronym, name, copy, region, established, closed);
    }

    private static void text(String field, String value) {
        if (value == null) {
            throw new MissingValueException(field);
        }
        if (value.isBlank()) {
            throw new PeacekeepingException(field, value, "must not be blank");
        }
    }

    /**
     * Returns the acronym, e.g. "UNTSO", "UNEF I".
     *
     * @return the acronym, not blank
     */
    public String acronym() {
        return acronym;
    }

    /**
     * Returns the full name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the host countries or territories.
     *
     * @return the hosts, at least one, unmodifiable
     */
    public List<CountryCode> hosts() {
        return hosts;
    }

    /**
     * Returns the region the UN groups the operation in.
     *
     * @return the region, not null
     */
    public Region region() {
        return region;
    }

    /**
     * Returns the day, or the month, the operation was established.
     *
     * @return the date, not null
     */
    public PartialDate established() {
        return established;
    }

    /**
     * Returns the day, or the month, the operation closed.
     *
     * @return the date, empty while the operation is active
     */
    public Optional<PartialDate> closed() {
        return Optional.ofNullable(closed);
    }

    /**
     * Returns the operation's life, from the first day it may have been established to the last day it may
     * have closed: every day some reading of a date known only to the month puts in it.
     *
     * @return the period, open while the operation is active
     */
    public DateRange life() {
        return closed == null ? DateRange.startingOn(established.earliest())
                : DateRange.of(established.earliest(), closed.latest());
    }

    /**
     * Checks whether the catalogue records no closing day: the operation was active on the catalogue's day.
     *
     * @return true if {@link #closed()} is empty
     */
    public boolean isActive() {
        return closed == null;
    }

    /**
     * Checks whether the operation existed on a day.
     *
     * @param date  the day, not null
     * @return true if the day lies in {@link #life()}
     */
    public boolean isActiveOn(LocalDate date) {
        return life().contains(date);
    }

    /**
     * Checks whether the operation existed on at least one day of a year.
     *
     * @param year  the year, e.g. 1994
     * @return true if its life overlaps that year
     */
    public boolean isActiveIn(int year) {
        return life().overlaps(DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CatalogueEntry)) {
            return false;
        }
        CatalogueEntry that = (CatalogueEntry) other;
        return acronym.equals(that.acronym) && name.equals(that.name) && hosts.equals(that.hosts)
                && region == that.region && established.equals(that.established) && Objects.equals(closed, that.closed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(acronym, name, hosts, region, established, closed);
    }

    /**
     * Returns the acronym and life, e.g. {@code UNTAG 1989-04-01/1990-03-21}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return acronym + " " + life();
    }
}
