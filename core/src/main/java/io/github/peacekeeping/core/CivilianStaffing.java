package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
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

    /**
     * Builds a {@link CivilianStaffing}: setters named after its fields, {@code from} to copy one; {@code build()} checks it.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableCivilianStaffing.Builder generated = new ImmutableCivilianStaffing.Builder();

        Builder() {
        }

        /**
         * Copies the values of a civilian staffing into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param civilianStaffing  the civilian staffing to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code civilianStaffing} is null
         */
        public Builder from(CivilianStaffing civilianStaffing) {
            generated.from(Given.value("civilianStaffing", civilianStaffing));
            return this;
        }

        /**
         * Sets {@link CivilianStaffing#date()}.
         *
         * @param date  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code date} is null
         */
        public Builder date(LocalDate date) {
            generated.date(Given.value(FieldNames.DATE, date));
            return this;
        }

        /**
         * Sets {@link CivilianStaffing#international()}.
         *
         * @param international  the value
         * @return this builder
         */
        public Builder international(int international) {
            generated.international(international);
            return this;
        }

        /**
         * Sets {@link CivilianStaffing#national()}.
         *
         * @param national  the value
         * @return this builder
         */
        public Builder national(int national) {
            generated.national(national);
            return this;
        }

        /**
         * Sets {@link CivilianStaffing#volunteers()}.
         *
         * @param volunteers  the value
         * @return this builder
         */
        public Builder volunteers(int volunteers) {
            generated.volunteers(volunteers);
            return this;
        }

        /**
         * Builds the civilian staffing and checks it.
         *
         * @return the civilian staffing, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public CivilianStaffing build() {
            return generated.build();
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
