package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The personnel of one category that one country has deployed to a mission, as reported on a day
 * (usually a month's end): {@code BGD TROOPS 2011-06-30: 1442, 6 female} for UNMIL.
 *
 * <p>The type parameter keeps categories in their component: a {@link MilitaryComponent} holds
 * {@code Deployment<MilitaryCategory>}, a {@link PoliceComponent} {@code Deployment<PoliceCategory>}.
 * The UN split its figures by sex from about 2009; {@link #female()} is empty before.
 *
 * <p>Construction refuses a negative total, a negative female count, and more women than personnel.
 * This class is immutable and thread-safe.
 *
 * @param <C> the category type, {@link MilitaryCategory} or {@link PoliceCategory}
 */
@Value.Immutable
public abstract class Deployment<C extends PersonnelCategory> {

    Deployment() {
    }

    /**
     * Returns the contributing country.
     *
     * @return the country, not null
     */
    public abstract CountryCode contributor();

    /**
     * Returns the category of personnel.
     *
     * @return the category, not null
     */
    public abstract C category();

    /**
     * Returns the reporting day.
     *
     * @return the day, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the number of personnel.
     *
     * @return the number, not negative
     */
    public abstract int total();

    /**
     * Returns the number of women among them.
     *
     * @return the number, at most {@link #total()}; empty where the report gives no split by sex
     */
    public abstract OptionalInt female();

    /**
     * Returns a new builder.
     *
     * @param <C> the category type
     * @return the builder, not null
     */
    public static <C extends PersonnelCategory> Builder<C> builder() {
        return new Builder<>();
    }

    /**
     * Obtains a deployment without a split by sex.
     *
     * @param <C>          the category type
     * @param contributor  the contributing country, not null
     * @param category     the category, not null
     * @param date         the reporting day, not null
     * @param total        the number of personnel, not negative
     * @return the deployment, not null
     * @throws PeacekeepingException if a value is missing or negative
     */
    public static <C extends PersonnelCategory> Deployment<C> of(
            CountryCode contributor, C category, LocalDate date, int total) {
        return Deployment.<C>builder().contributor(contributor).category(category).date(date).total(total).build();
    }

    /**
     * Obtains a deployment with the number of women.
     *
     * @param <C>          the category type
     * @param contributor  the contributing country, not null
     * @param category     the category, not null
     * @param date         the reporting day, not null
     * @param total        the number of personnel, not negative
     * @param female       the number of women, from 0 to {@code total}
     * @return the deployment, not null
     * @throws PeacekeepingException if a value is missing or negative, or {@code female > total}
     */
    public static <C extends PersonnelCategory> Deployment<C> of(
            CountryCode contributor, C category, LocalDate date, int total, int female) {
        return Deployment.<C>builder().contributor(contributor).category(category).date(date)
                .total(total).female(female).build();
    }

    /**
     * Builds a {@link Deployment}; {@code build()} checks it.
     *
     * @param <C> the category type
     */
    public static final class Builder<C extends PersonnelCategory> extends ImmutableDeployment.Builder<C> {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Checks.personnel(total(), female());
    }

    /**
     * Returns the deployment as one line, e.g. {@code BGD TROOPS 2011-06-30: 1442, 6 female}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String text = contributor() + " " + category().name() + " " + date() + ": " + total();
        return female().isPresent() ? text + ", " + female().getAsInt() + " female" : text;
    }
}
