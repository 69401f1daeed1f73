package io.github.peacekeeping.core;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The ranking of contributors of uniformed personnel on a day, as the UN publishes it each month
 * ("Ranking of Military and Police Contributions"): by total personnel, most first; tied totals share a
 * rank and the next rank skips as many places (in January 2021 Brunei Darussalam and the United States
 * of America both ranked 80th with 30, Namibia came 82nd; eight states shared the 113th place with 2);
 * tied states are listed by name.
 *
 * <p>By default the names are those of {@link CountryCode#name()}, the English short names of ISO 3166
 * ("Moldova, Republic of"); the UN lists its ties by its own names ("Republic of Moldova", after
 * "Philippines"). {@link #of(LocalDate, Map, Function)} takes the names to order ties by, so that a
 * ranking made from the UN's files with their names repeats the UN's order exactly. Names are compared by
 * the rules of English collation, so that "Côte d'Ivoire" comes before "Croatia".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributorRanking {

    private final LocalDate date;
    private final Map<CountryCode, Place> places;

    /** One country's place: its rank and total. */
    private static final class Place {
        final int rank;
        final long total;

        Place(int rank, long total) {
            this.rank = rank;
            this.total = total;
        }
    }

    private ContributorRanking(LocalDate date, Map<CountryCode, Place> places) {
        this.date = date;
        this.places = places;
    }

    /**
     * Obtains the ranking of countries by their totals on a day, ties listed by {@link CountryCode#name()}.
     *
     * @param date    the day, not null
     * @param totals  each country's uniformed personnel, not null, no null key or value, none negative
     * @return the ranking, not null
     * @throws PeacekeepingException if a value is missing or a total negative
     */
    public static ContributorRanking of(LocalDate date, Map<CountryCode, Long> totals) {
        return of(date, totals, CountryCode::name);
    }

    /**
     * Obtains the ranking of countries by their totals on a day, ties listed by the given names.
     *
     * @param date    the day, not null
     * @param totals  each country's uniformed personnel, not null, no null key or value, none negative
     * @param names   the name of each country to order ties by, not null, giving no null name
     * @return the ranking, not null
     * @throws PeacekeepingException if a value or a name is missing, or a total negative
     */
    public static ContributorRanking of(LocalDate date, Map<CountryCode, Long> totals,
            Function<? super CountryCode, String> names) {
        if (date == null || totals == null || names == null) {
            throw new MissingValueException(date == null ? FieldNames.DATE : totals == null ? FieldNames.TOTAL : "names");
        }
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        Map<CountryCode, CollationKey> keys = new HashMap<>();
        for (Map.Entry<CountryCode, Long> entry : totals.entrySet()) {
            if (entry.getKey() == null) {
                throw new MissingValueException(FieldNames.CONTRIBUTOR);
            }
            if (entry.getValue() == null) {
                throw new MissingValueException(FieldNames.TOTAL);
            }
            if (entry.getValue() < 0) {
                throw new PeacekeepingException(FieldNames.TOTAL, entry.getValue(), "must not be negative");
            }
            String name = names.apply(entry.getKey());
            if (name == null) {
                throw new MissingValueException(FieldNames.NAME);
            }
            keys.put(entry.getKey(), collator.getCollationKey(name));
        }
        List<CountryCode> order = new ArrayList<>(totals.keySet());
        order.sort(Comparator.<CountryCode>comparingLong(totals::get).reversed()
                .thenComparing(keys::get)
                .thenComparing(Comparator.naturalOrder()));
        Map<CountryCode, Place> places = new LinkedHashMap<>();
        int rank = 0;
        long previous = -1;
        for (int i = 0; i < order.size(); i++) {
            long total = totals.get(order.get(i));
            if (total != previous) {
                rank = i + 1;
                previous = total;
            }
            places.put(order.get(i), new Place(rank, total));
        }
        return new ContributorRanking(date, Collections.unmodifiableMap(places));
    }

    /**
     * Returns the day of the ranking.
     *
     * @return the day, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the countries in the order of the ranking: most personnel first, tied countries by name.
     *
     * @return the countries, unmodifiable
     */
    public List<CountryCode> countries() {
        return List.copyOf(places.keySet());
    }

    /**
     * Returns a country's rank: one more than the number of countries with more personnel.
     *
     * @param country  the country, not null
     * @return the rank, from 1; empty if the country is not ranked
     */
    public OptionalInt rankOf(CountryCode country) {
        Place place = places.get(country);
        return place == null ? OptionalInt.empty() : OptionalInt.of(place.rank);
    }

    /**
     * Returns a country's total.
     *
     * @param country  the country, not null
     * @return the personnel, empty if the country is not ranked
     */
    public OptionalLong totalOf(CountryCode country) {
        Place place = places.get(country);
        return place == null ? OptionalLong.empty() : OptionalLong.of(place.total);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ContributorRanking)) {
            return false;
        }
        ContributorRanking that = (ContributorRanking) other;
        return date.equals(that.date) && countries().equals(that.countries()) && totals().equals(that.totals());
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + totals().hashCode();
    }

    private Map<CountryCode, Long> totals() {
        Map<CountryCode, Long> totals = new LinkedHashMap<>();
        places.forEach((country, place) -> totals.put(country, place.total));
        return totals;
    }

    /**
     * Returns the day and the ranking, e.g. {@code 2021-01-31: 1. BGD 6711, 2. RWA 6378, ...}.
     *
     * @return the text, one line, not null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(date).append(':');
        String separator = " ";
        for (Map.Entry<CountryCode, Place> entry : places.entrySet()) {
            text.append(separator).append(entry.getValue().rank).append(". ").append(entry.getKey().code())
                    .append(' ').append(entry.getValue().total);
            separator = ", ";
        }
        return text.toString();
    }
}
