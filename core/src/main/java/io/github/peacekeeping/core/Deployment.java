package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
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
    @Value.Parameter
    public abstract CountryCode contributor();

    /**
     * Returns the category of personnel.
     *
     * @return the category, not null
     */
    @Value.Parameter
    public abstract C category();

    /**
     * Returns the reporting day.
     *
     * @return the day, not null
     */
    @Value.Parameter
    public abstract LocalDate date();

    /**
     * Returns the number of personnel.
     *
     * @return the number, not negative
     */
    @Value.Parameter
    public abstract int total();

    /**
     * Returns the number of women among them.
     *
     * @return the number, at most {@link #total()}; empty where the report gives no split by sex
     */
    @Value.Parameter
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
        return create(contributor, category, date, total, OptionalInt.empty());
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
        return create(contributor, category, date, total, OptionalInt.of(female));
    }

    /** Builds and checks a deployment with the constructor Immutables generates: no builder. */
    private static <C extends PersonnelCategory> Deployment<C> create(
            CountryCode contributor, C category, LocalDate date, int total, OptionalInt female) {
        return ImmutableDeployment.of(Given.value(FieldNames.CONTRIBUTOR, contributor),
                Given.value(FieldNames.CATEGORY, category), Given.value(FieldNames.DATE, date), total, female);
    }

    /**
     * Builds a {@link Deployment}; {@code build()} checks it.
     *
     * @param <C> the category type
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder<C extends PersonnelCategory> {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableDeployment.Builder<C> generated = new ImmutableDeployment.Builder<>();

        Builder() {
        }

        /**
         * Copies the values of a deployment into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param deployment  the deployment to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code deployment} is null
         */
        public Builder<C> from(Deployment<C> deployment) {
            generated.from(Given.value("deployment", deployment));
            return this;
        }

        /**
         * Sets {@link Deployment#contributor()}.
         *
         * @param contributor  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code contributor} is null
         */
        public Builder<C> contributor(CountryCode contributor) {
            generated.contributor(Given.value(FieldNames.CONTRIBUTOR, contributor));
            return this;
        }

        /**
         * Sets {@link Deployment#category()}.
         *
         * @param category  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code category} is null
         */
        public Builder<C> category(C category) {
            generated.category(Given.value(FieldNames.CATEGORY, category));
            return this;
        }

        /**
         * Sets {@link Deployment#date()}.
         *
         * @param date  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code date} is null
         */
        public Builder<C> date(LocalDate date) {
            generated.date(Given.value(FieldNames.DATE, date));
            return this;
        }

        /**
         * Sets {@link Deployment#total()}.
         *
         * @param total  the value
         * @return this builder
         */
        public Builder<C> total(int total) {
            generated.total(total);
            return this;
        }

        /**
         * Sets {@link Deployment#female()}.
         *
         * @param female  the value
         * @return this builder
         */
        public Builder<C> female(int female) {
            generated.female(female);
            return this;
        }

        /**
         * Sets {@link Deployment#female()}.
         *
         * @param female  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code female} is null
         */
        public Builder<C> female(OptionalInt female) {
            generated.female(Given.value(FieldNames.FEMALE, female));
            return this;
        }

        /**
         * Builds the deployment and checks it.
         *
         * @return the deployment, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Deployment<C> build() {
            return generated.build();
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
