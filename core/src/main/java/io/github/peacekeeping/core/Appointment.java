package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person appointed to a leadership role of a mission: {@code FORCE_COMMANDER Romeo Dallaire (CAN)
 * from 1993-10-05}. When {@link #end()} is absent the holder serves until the next appointment to the
 * same role starts, or until the mission closes; {@link Mission#tenureOf(Appointment)} works it out. The
 * start and the end may be known only to the month or the year ({@link PartialDate}), as the record often
 * gives them. An {@link #acting()} holder stands in for an appointed one; a {@link #designate()} was
 * appointed before the mission existed.
 *
 * <p>Construction refuses a blank name and an end before the start. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Appointment {

    Appointment() {
    }

    /**
     * Returns the role.
     *
     * @return the role, not null
     */
    public abstract LeadershipRole role();

    /**
     * Returns the holder's name, e.g. "Romeo Dallaire".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the holder's nationality.
     *
     * @return the country, not null
     */
    public abstract CountryCode nationality();

    /**
     * Returns the first day in office: Shiva Kumar commanded UNAMIR's force from December 1995.
     *
     * @return the day, or the month or year when the record gives no more, not null
     */
    public abstract PartialDate start();

    /**
     * Returns the last day in office, where the record gives it.
     *
     * @return the day, or the month or year when the record gives no more, not before {@link #start()};
     *         empty if not recorded
     */
    public abstract Optional<PartialDate> end();

    /**
     * Returns whether this is an acting appointment (officer-in-charge) rather than a full one. An acting
     * holder may serve beside an appointed one, while the appointed holder is away: validator rule PK111
     * does not report an acting holder overlapping an appointed one.
     *
     * @return true if acting; false by default
     */
    @Value.Default
    public boolean acting() {
        return false;
    }

    /**
     * Returns whether the holder was appointed to lead the mission before it was established, as Martti
     * Ahtisaari was Special Representative for Namibia from 1978, before UNTAG existed. A designate's
     * {@link #start()} may lie before the mission's {@code established} day (validator rule PK114 allows
     * it); nothing else about the appointment changes.
     *
     * @return true if designate; false by default
     */
    @Value.Default
    public boolean designate() {
        return false;
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
     * Builds an {@link Appointment}: setters named after its fields (for {@code start} and {@code end} one
     * that takes a {@link PartialDate} and one that takes a {@code LocalDate} known to the day), {@code from}
     * to copy one; {@code build()} checks it.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableAppointment.Builder generated = new ImmutableAppointment.Builder();

        Builder() {
        }

        /**
         * Copies the values of an appointment into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param appointment  the appointment to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code appointment} is null
         */
        public Builder from(Appointment appointment) {
            generated.from(Given.value("appointment", appointment));
            return this;
        }

        /**
         * Sets {@link Appointment#role()}.
         *
         * @param role  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code role} is null
         */
        public Builder role(LeadershipRole role) {
            generated.role(Given.value(FieldNames.ROLE, role));
            return this;
        }

        /**
         * Sets {@link Appointment#name()}.
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
         * Sets {@link Appointment#nationality()}.
         *
         * @param nationality  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code nationality} is null
         */
        public Builder nationality(CountryCode nationality) {
            generated.nationality(Given.value(FieldNames.NATIONALITY, nationality));
            return this;
        }

        /**
         * Sets {@link Appointment#start()}.
         *
         * @param start  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code start} is null
         */
        public Builder start(PartialDate start) {
            generated.start(Given.value(FieldNames.START, start));
            return this;
        }

        /**
         * Sets {@link Appointment#end()}.
         *
         * @param end  the value, null for none
         * @return this builder
         */
        public Builder end(PartialDate end) {
            generated.end(end);
            return this;
        }

        /**
         * Sets {@link Appointment#end()}.
         *
         * @param end  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code end} is null
         */
        public Builder end(Optional<? extends PartialDate> end) {
            generated.end(Given.value(FieldNames.END, end));
            return this;
        }

        /**
         * Sets {@link Appointment#acting()}.
         *
         * @param acting  the value
         * @return this builder
         */
        public Builder acting(boolean acting) {
            generated.acting(acting);
            return this;
        }

        /**
         * Sets {@link Appointment#designate()}.
         *
         * @param designate  the value
         * @return this builder
         */
        public Builder designate(boolean designate) {
            generated.designate(designate);
            return this;
        }

        /**
         * Builds the appointment and checks it.
         *
         * @return the appointment, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Appointment build() {
            return generated.build();
        }

        /**
         * Sets the first day in office, known to the day.
         *
         * @param day  the day, not null
         * @return this builder
         * @throws PeacekeepingException if the day is null or its year is not 0 to 9999
         */
        public Builder start(LocalDate day) {
            return start(PartialDate.from(FieldNames.START, day));
        }

        /**
         * Sets the last day in office, known to the day.
         *
         * @param day  the day, null if not recorded
         * @return this builder
         * @throws PeacekeepingException if the day's year is not 0 to 9999
         */
        public Builder end(LocalDate day) {
            return end(day == null ? null : PartialDate.from(FieldNames.END, day));
        }
    }

    @Value.Check
    void check() {
        Checks.text(FieldNames.NAME, name());
        if (end().isPresent()) {
            Checks.notBefore(FieldNames.END, end().get(), FieldNames.START, start());
        }
    }

    /**
     * Returns the appointment as one line, e.g. {@code FORCE_COMMANDER Romeo Dallaire (CAN) from 1993-10-05}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return role() + " " + name() + " (" + nationality() + ")" + (acting() ? " acting" : "") + (designate() ? " designate" : "")
                + " from " + start() + end().map(e -> " to " + e).orElse("");
    }
}
