package io.github.peacekeeping.core.fatality;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PeacekeepingException;
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
     */
    public static final class Builder extends ImmutableFatality.Builder {
        Builder() {
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
