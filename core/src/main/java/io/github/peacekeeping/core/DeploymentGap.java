package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The deployed and the authorized strength of some personnel categories of a mission on a reporting day,
 * and the gap between them, the standard measure of a mission's resources: {@code 2014-02-28: 7479 of
 * 12500 deployed, gap 5021} for UNMISS's military personnel. {@link Mission#deploymentGaps(java.util.Collection)}
 * gives the series over a mission's life.
 *
 * <p>The gap is the authorized minus the deployed strength: positive where the mission is short of its
 * authorization, negative where more personnel are deployed than authorized. Its share is the gap divided
 * by the authorized strength.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeploymentGap {

    private final LocalDate date;
    private final long deployed;
    private final long authorized; // -1: none

    private DeploymentGap(LocalDate date, long deployed, long authorized) {
        this.date = date;
        this.deployed = deployed;
        this.authorized = authorized;
    }

    /**
     * Obtains the figures of a day with an authorization.
     *
     * @param date        the reporting day, not null
     * @param deployed    the deployed personnel, not negative
     * @param authorized  the authorized maximum, not negative
     * @return the figures, not null
     * @throws PeacekeepingException if the day is missing or a number negative
     */
    public static DeploymentGap of(LocalDate date, long deployed, long authorized) {
        if (authorized < 0) {
            throw new PeacekeepingException(FieldNames.MAXIMUM, authorized, "must not be negative");
        }
        return create(date, deployed, authorized);
    }

    /**
     * Obtains the figures of a day on which no authorization covers the categories.
     *
     * @param date      the reporting day, not null
     * @param deployed  the deployed personnel, not negative
     * @return the figures, not null
     * @throws PeacekeepingException if the day is missing or the number negative
     */
    public static DeploymentGap withoutAuthorization(LocalDate date, long deployed) {
        return create(date, deployed, -1);
    }

    private static DeploymentGap create(LocalDate date, long deployed, long authorized) {
        if (date == null) {
            throw new MissingValueException(FieldNames.DATE);
        }
        if (deployed < 0) {
            throw new PeacekeepingException(FieldNames.TOTAL, deployed, "must not be negative");
        }
        return new DeploymentGap(date, deployed, authorized);
    }

    /**
     * Returns the reporting day.
     *
     * @return the day, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the deployed personnel of the categories.
     *
     * @return the personnel, not negative
     */
    public long deployed() {
        return deployed;
    }

    /**
     * Returns the authorized maximum of the categories.
     *
     * @return the maximum, empty if no authorization in force covers exactly these categories
     */
    public OptionalLong authorized() {
        return authorized < 0 ? OptionalLong.empty() : OptionalLong.of(authorized);
    }

    /**
     * Returns the authorized minus the deployed personnel.
     *
     * @return the gap, negative when more are deployed than authorized; empty without an authorization
     */
    public OptionalLong gap() {
        return authorized < 0 ? OptionalLong.empty() : OptionalLong.of(authorized - deployed);
    }

    /**
     * Returns the gap as a share of the authorized maximum: 0.25 when a quarter of the authorized
     * personnel are missing, -0.1 when a tenth more than authorized are deployed.
     *
     * @return the share, empty without an authorization or when it authorizes no one
     */
    public OptionalDouble gapShare() {
        return authorized <= 0 ? OptionalDouble.empty() : OptionalDouble.of((authorized - deployed) / (double) authorized);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DeploymentGap && date.equals(((DeploymentGap) other).date)
                && deployed == ((DeploymentGap) other).deployed && authorized == ((DeploymentGap) other).authorized;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, deployed, authorized);
    }

    /**
     * Returns the figures as one line, e.g. {@code 2014-02-28: 7479 of 12500 deployed, gap 5021} or
     * {@code 1994-03-31: 2434 deployed, no authorization}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return authorized < 0 ? date + ": " + deployed + " deployed, no authorization"
                : date + ": " + deployed + " of " + authorized + " deployed, gap " + (authorized - deployed);
    }
}
