package io.github.peacekeeping.core;

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
     */
    public static final class Builder<C extends PersonnelCategory> extends ImmutablePersonnelTotal.Builder<C> {
        Builder() {
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
