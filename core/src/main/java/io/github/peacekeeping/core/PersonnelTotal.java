package io.github.peacekeeping.core;

import io.github.peacekeeping.core.internal.Given;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The personnel of one category in a whole mission as reported on a day, without the split by
 * contributing country: {@code TROOPS 1994-10-31: 5893} for UNAMIR. The UN published its month-end
 * figures this way for most missions before 2009; the International Peace Institute's database keeps them
 * by mission and month from November 1990 (github.com/IPIDataLab/PPP_Loader, ppp_files/data_mission.csv).
 *
 * <p>A military or police component holds its totals beside its deployments. On a reporting day, a
 * category's strength is the sum of its deployments when the component has any for that day and
 * category, and its total otherwise. A total of {@link PoliceCategory#POLICE} stands for all police (the UN
 * counted formed units and individual police together), so it gives way to deployments of any police
 * category that day, not only of POLICE: otherwise the same officers would count twice. The validators
 * report a total that disagrees with the deployments it gives way to (PK118) and a second total for one
 * day and category (PK119).
 *
 * <p>Construction refuses a negative total, a negative female count, and more women than personnel.
 * This class is immutable and thread-safe.
 *
 * @param <C> the category type, {@link MilitaryCategory} or {@link PoliceCategory}
 */
@Value.Immutable
public abstract class PersonnelTotal<C extends PersonnelCategory> {

    PersonnelTotal() {
    }

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
     * Returns the number of personnel of the category in the whole mission.
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
     * Obtains a total without a split by sex.
     *
     * @param <C>       the category type
     * @param category  the category, not null
     * @param date      the reporting day, not null
     * @param total     the number of personnel, not negative
     * @return the total, not null
     * @throws PeacekeepingException if a value is missing or negative
     */
    public static <C extends PersonnelCategory> PersonnelTotal<C> of(C category, LocalDate date, int total) {
        return PersonnelTotal.<C>builder().category(category).date(date).total(total).build();
    }

    /**
     * Obtains a total with the number of women.
     *
     * @param <C>       the category type
     * @param category  the category, not null
     * @param date      the reporting day, not null
     * @param total     the number of personnel, not negative
     * @param female    the number of women, from 0 to {@code total}
     * @return the total, not null
     * @throws PeacekeepingException if a value is missing or negative, or {@code female > total}
     */
    public static <C extends PersonnelCategory> PersonnelTotal<C> of(C category, LocalDate date, int total,
            int female) {
        return PersonnelTotal.<C>builder().category(category).date(date).total(total).female(female).build();
    }

    /**
     * Builds a {@link PersonnelTotal}; {@code build()} checks it.
     *
     * @param <C> the category type
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder<C extends PersonnelCategory> {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutablePersonnelTotal.Builder<C> generated = new ImmutablePersonnelTotal.Builder<>();

        Builder() {
        }

        /**
         * Copies the values of a personnel total into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param personnelTotal  the personnel total to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code personnelTotal} is null
         */
        public Builder<C> from(PersonnelTotal<C> personnelTotal) {
            generated.from(Given.value("personnelTotal", personnelTotal));
            return this;
        }

        /**
         * Sets {@link PersonnelTotal#category()}.
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
         * Sets {@link PersonnelTotal#date()}.
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
         * Sets {@link PersonnelTotal#total()}.
         *
         * @param total  the value
         * @return this builder
         */
        public Builder<C> total(int total) {
            generated.total(total);
            return this;
        }

        /**
         * Sets {@link PersonnelTotal#female()}.
         *
         * @param female  the value
         * @return this builder
         */
        public Builder<C> female(int female) {
            generated.female(female);
            return this;
        }

        /**
         * Sets {@link PersonnelTotal#female()}.
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
         * Builds the personnel total and checks it.
         *
         * @return the personnel total, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public PersonnelTotal<C> build() {
            return generated.build();
        }
    }

    @Value.Check
    void check() {
        Checks.personnel(total(), female());
    }

    /**
     * Returns the total as one line, e.g. {@code TROOPS 1994-10-31: 5893}, or
     * {@code TROOPS 2011-06-30: 7952, 120 female}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String text = category().name() + " " + date() + ": " + total();
        return female().isPresent() ? text + ", " + female().getAsInt() + " female" : text;
    }
}
