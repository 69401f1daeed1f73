package io.github.peacekeeping.core.fatality;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One death in UN peacekeeping as the UN publishes it, one row of its fatality file: the casualty's
 * identifier, the day of the incident, the mission, the nationality, the category of personnel, the type of
 * incident and, where recorded, the gender. For example, the first of the ten Belgian soldiers of UNAMIR
 * killed on 7 April 1994: {@code UNAMIR-1994-04-10880 UNAMIR 1994-04-07 BEL MILITARY MALICIOUS_ACT}.
 *
 * <p>The identifier is the UN's {@code casualty_id}; it is the only field that tells apart two deaths of
 * the same day, mission, nationality, category and incident (the ten Belgians), and the UN keeps it from one
 * release to the next. Its date part is not the incident's month in 109 rows of the file of 2025, so it is no
 * key for dates. Two records with one identifier are a duplicate in the record (rule PK130).
 *
 * <p>The nationality is absent where the file has none or "ZZ [Undetermined]". The mission is the
 * acronym as the record has it after aliases are resolved ({@link io.github.peacekeeping.core.lineage.MissionNames}).
 *
 * <p>Construction refuses a blank or padded identifier or mission. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fatality {

    Fatality() {
    }

    /**
     * Returns the UN's identifier of the casualty, e.g. "UNAMIR-1994-04-10880".
     *
     * @return the identifier, not blank
     */
    public abstract String casualtyId();

    /**
     * Returns the day of the incident.
     *
     * @return the day, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the acronym of the mission, e.g. "UNAMIR".
     *
     * @return the acronym, not blank
     */
    public abstract String mission();

    /**
     * Returns the casualty's nationality; for local staff, the territory they come from.
     *
     * @return the country, empty where the record has none
     */
    public abstract Optional<CountryCode> nationality();

    /**
     * Returns the category of personnel.
     *
     * @return the category, not null
     */
    public abstract FatalityCategory category();

    /**
     * Returns the type of incident.
     *
     * @return the type, not null
     */
    public abstract IncidentType incidentType();

    /**
     * Returns the casualty's gender.
     *
     * @return the gender, empty where the record has none
     */
    public abstract Optional<Gender> gender();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Fatality}: setters named after its fields ({@code casualtyId}, {@code date},
     * {@code mission}, {@code nationality}, {@code category}, {@code incidentType}, {@code gender});
     * {@code from(Fatality)} copies one; optional fields take null as absent; {@code build()} checks the result
     * and throws {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableFatality.Builder generated = new ImmutableFatality.Builder();

        Builder() {
        }

        /**
         * Copies the values of a fatality into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param fatality  the fatality to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code fatality} is null
         */
        public Builder from(Fatality fatality) {
            generated.from(Given.value("fatality", fatality));
            return this;
        }

        /**
         * Sets {@link Fatality#casualtyId()}.
         *
         * @param casualtyId  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code casualtyId} is null
         */
        public Builder casualtyId(String casualtyId) {
            generated.casualtyId(Given.value(FieldNames.CASUALTY_ID, casualtyId));
            return this;
        }

        /**
         * Sets {@link Fatality#date()}.
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
         * Sets {@link Fatality#mission()}.
         *
         * @param mission  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code mission} is null
         */
        public Builder mission(String mission) {
            generated.mission(Given.value(FieldNames.MISSION, mission));
            return this;
        }

        /**
         * Sets {@link Fatality#nationality()}.
         *
         * @param nationality  the value, null for none
         * @return this builder
         */
        public Builder nationality(CountryCode nationality) {
            generated.nationality(nationality);
            return this;
        }

        /**
         * Sets {@link Fatality#nationality()}.
         *
         * @param nationality  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code nationality} is null
         */
        public Builder nationality(Optional<? extends CountryCode> nationality) {
            generated.nationality(Given.value(FieldNames.NATIONALITY, nationality));
            return this;
        }

        /**
         * Sets {@link Fatality#category()}.
         *
         * @param category  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code category} is null
         */
        public Builder category(FatalityCategory category) {
            generated.category(Given.value(FieldNames.CATEGORY, category));
            return this;
        }

        /**
         * Sets {@link Fatality#incidentType()}.
         *
         * @param incidentType  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code incidentType} is null
         */
        public Builder incidentType(IncidentType incidentType) {
            generated.incidentType(Given.value(FieldNames.INCIDENT_TYPE, incidentType));
            return this;
        }

        /**
         * Sets {@link Fatality#gender()}.
         *
         * @param gender  the value, null for none
         * @return this builder
         */
        public Builder gender(Gender gender) {
            generated.gender(gender);
            return this;
        }

        /**
         * Sets {@link Fatality#gender()}.
         *
         * @param gender  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code gender} is null
         */
        public Builder gender(Optional<? extends Gender> gender) {
            generated.gender(Given.value(FieldNames.GENDER, gender));
            return this;
        }

        /**
         * Builds the fatality and checks it.
         *
         * @return the fatality, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Fatality build() {
            return generated.build();
        }
    }

    @Value.Check
    void check() {
        Require.text(FieldNames.CASUALTY_ID, casualtyId());
        Require.text(FieldNames.MISSION, mission());
    }

    /**
     * Returns the record as one line, e.g. {@code UNAMIR-1994-04-10880 UNAMIR 1994-04-07 BEL MILITARY
     * MALICIOUS_ACT}; a missing nationality is written {@code -}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return casualtyId() + " " + mission() + " " + date() + " " + nationality().map(CountryCode::code).orElse("-")
                + " " + category() + " " + incidentType() + gender().map(g -> " " + g).orElse("");
    }
}
