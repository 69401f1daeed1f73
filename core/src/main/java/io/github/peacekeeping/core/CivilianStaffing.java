package io.github.peacekeeping.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The civilian staff of a mission as reported on a day: international staff, national staff and
 * UN Volunteers. Civilians are recruited by the UN, not contributed by member states.
 *
 * <p>Construction refuses negative counts. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CivilianStaffing {

    CivilianStaffing() {
    }

    /**
     * Returns the reporting day.
     *
     * @return the day, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the number of international staff.
     *
     * @return the number, not negative
     */
    public abstract int international();

    /**
     * Returns the number of national staff.
     *
     * @return the number, not negative
     */
    public abstract int national();

    /**
     * Returns the number of UN Volunteers.
     *
     * @return the number, not negative
     */
    public abstract int volunteers();

    /**
     * Obtains a staffing report.
     *
     * @param date           the reporting day, not null
     * @param international  international staff, not negative
     * @param national       national staff, not negative
     * @param volunteers     UN Volunteers, not negative
     * @return the report, not null
     * @throws PeacekeepingException if the day is missing or a count is negative
     */
    public static CivilianStaffing of(LocalDate date, int international, int national, int volunteers) {
        return builder().date(date).international(international).national(national).volunteers(volunteers).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CivilianStaffing}: setters named after its fields, {@code from} to copy one; {@code build()} checks it. */
    public static final class Builder extends ImmutableCivilianStaffing.Builder {
        Builder() {
        }
    }

    /**
     * Returns all civilian personnel.
     *
     * @return international plus national staff plus volunteers
     */
    public int total() {
        return international() + national() + volunteers();
    }

    @Value.Check
    void check() {
        Checks.notNegative(FieldNames.INTERNATIONAL, international());
        Checks.notNegative(FieldNames.NATIONAL, national());
        Checks.notNegative(FieldNames.VOLUNTEERS, volunteers());
        Checks.sumFitsInt(FieldNames.VOLUNTEERS, (long) international() + national() + volunteers());
    }
}
