package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One flat contribution record, as the UN publishes them and as JSON Lines carry them: a mission's
 * acronym and one deployment, e.g. {@code UNMIL BGD TROOPS 2011-06-30: 1442, 6 female}. For data sets
 * too large to hold as mission documents.
 *
 * <p>Construction refuses a blank mission acronym; the deployment has its own checks.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionRecord {

    ContributionRecord() {
    }

    /**
     * Returns the acronym of the mission, e.g. "UNMIL".
     *
     * @return the acronym, not blank
     */
    @Value.Parameter
    public abstract String mission();

    /**
     * Returns the deployment.
     *
     * @return the deployment, not null
     */
    @Value.Parameter
    public abstract Deployment<?> deployment();

    /**
     * Obtains a record.
     *
     * @param mission     the mission's acronym, not blank
     * @param deployment  the deployment, not null
     * @return the record, not null
     * @throws PeacekeepingException if a value is missing or the acronym is blank
     */
    public static ContributionRecord of(String mission, Deployment<?> deployment) {
        return ImmutableContributionRecord.of(mission, deployment);
    }

    /**
     * Returns the contributing country.
     *
     * @return the country, not null
     */
    public CountryCode contributor() {
        return deployment().contributor();
    }

    /**
     * Returns the personnel category.
     *
     * @return the category, not null
     */
    public PersonnelCategory category() {
        return deployment().category();
    }

    /**
     * Returns the reporting day.
     *
     * @return the day, not null
     */
    public LocalDate date() {
        return deployment().date();
    }

    /**
     * Returns the number of personnel.
     *
     * @return the number, not negative
     */
    public int total() {
        return deployment().total();
    }

    /**
     * Returns the number of women among them.
     *
     * @return the number, empty where the report gives no split by sex
     */
    public OptionalInt female() {
        return deployment().female();
    }

    @Value.Check
    void check() {
        Checks.text(FieldNames.MISSION, mission());
    }

    /**
     * Returns the record as one line, e.g. {@code UNMIL BGD TROOPS 2011-06-30: 1442, 6 female}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return mission() + " " + deployment();
    }
}
