package io.github.peacekeeping.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-3 code: a host of a mission, a
 * contributor of personnel, the nationality of a mission leader, a member of the Security Council.
 *
 * <p>Three kinds of codes are known: the codes ISO 3166-1 assigns today (249, with their English short
 * names as the UN's M49 standard gives them), {@code XKX} for Kosovo, which has no ISO code (the
 * user-assigned code used by convention), and the ISO 3166-3 codes of former states and territories
 * that appear in the historical record ({@code SUN} USSR, {@code YUG} Yugoslavia, {@code CSK}
 * Czechoslovakia, {@code DDR}, {@code ZAR} Zaire, {@code BUR} Burma and the others).
 *
 * <p>Codes name their state in time, both ways: a former code names its state until the state ended
 * ({@code DDR} until 2 October 1990), and a code assigned today names its state from the day the state
 * began under that name ({@code RUS} from 25 December 1991, {@code SSD} from 9 July 2011, {@code CZE} and
 * {@code SVK} from 1 January 1993, {@code NAM} from 12 June 1968, when the General Assembly named the
 * territory Namibia). {@code COD} has two periods: from independence on 30 June 1960, and again from
 * 17 May 1997, with {@code ZAR} between. Where a renamed state's successor begins, its former code ends the
 * day before. Codes without known limits name their state on every day. The table and its sources are in
 * {@code countries.tsv} and {@code countries.PROVENANCE.txt} beside this class.
 *
 * <p>There is one instance per code, so {@code ==} and {@code equals} agree.
 * This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {

    /** The kind of a code, by the standard that defines it. */
    public enum Kind {
        /** Assigned by ISO 3166-1 today. */
        ASSIGNED,
        /** Not an ISO code, used by convention: {@code XKX}, Kosovo. */
        USER_ASSIGNED,
        /** A former code of ISO 3166-3, for a state or territory that no longer exists. */
        FORMER
    }

    private static final String OPEN = "..";
    private static final Map<String, CountryCode> CODES = load();
    private static final List<CountryCode> VALUES = List.copyOf(CODES.values());

    private final String code;
    private final String name;
    private final Kind kind;
    private final List<DateRange> periods;

    private CountryCode(String code, String name, Kind kind, List<DateRange> periods) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.periods = periods;
    }

    /**
     * Obtains the country with the given ISO 3166-1 alpha-3 code, e.g. {@code CountryCode.of("NAM")}.
     * Codes are upper case, as the standard writes them.
     *
     * @param code  the three-letter code, not null
     * @return the country, not null
     * @throws PeacekeepingException if the code is not one of the known codes; the message names it
     */
    public static CountryCode of(String code) {
        if (code == null) {
            throw new MissingValueException(FieldNames.COUNTRY_CODE);
        }
        CountryCode country = CODES.get(code);
        if (country == null) {
            throw new PeacekeepingException(FieldNames.COUNTRY_CODE, code, code.length() == 3
                    ? "not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code"
                    : "expected three upper-case letters of ISO 3166-1 alpha-3");
        }
        return country;
    }

    /**
     * Checks whether a code is known, without throwing.
     *
     * @param code  the code, may be null
     * @return true if {@link #of(String)} accepts it
     */
    public static boolean isKnown(String code) {
        return code != null && CODES.containsKey(code);
    }

    /**
     * Returns every known code, in alphabetical order.
     *
     * @return the codes, unmodifiable
     */
    public static List<CountryCode> values() {
        return VALUES;
    }

    /**
     * Returns the three-letter code.
     *
     * @return the code, e.g. {@code "RWA"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the English short name, e.g. "Rwanda", "Union of Soviet Socialist Republics".
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the kind of this code.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Checks whether this is the code of a former state or territory (ISO 3166-3).
     *
     * @return true for {@code SUN}, {@code YUG}, {@code ZAR} and the other former codes
     */
    public boolean isFormer() {
        return kind == Kind.FORMER;
    }

    /**
     * Returns the periods in which this code names its state or territory, in order: for the USSR
     * {@code [1922-12-30/1991-12-26]}, for the Democratic Republic of the Congo
     * {@code [1960-06-30/1971-10-26, 1997-05-17/..]}. A period without a known first day starts on
     * {@link LocalDate#MIN}.
     *
     * @return the periods, unmodifiable; empty for a code that names its state on every day
     */
    public List<DateRange> periods() {
        return periods;
    }

    /**
     * Checks whether the code named its state or territory on a day: {@code RUS} on 1991-12-25 but not on
     * 1990-11-30, {@code ZAR} on 1995-01-31 but not on 1997-05-17.
     *
     * @param date  the day, not null
     * @return true if a period holds the day, or if the code has no periods
     */
    public boolean existedOn(LocalDate date) {
        if (periods.isEmpty()) {
            return true;
        }
        for (DateRange period : periods) {
            if (period.contains(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks whether the code named its state or territory on at least one day of a range.
     *
     * @param range  the days, not null
     * @return true if a period shares a day with the range, or if the code has no periods
     */
    public boolean existedDuring(DateRange range) {
        if (periods.isEmpty()) {
            return true;
        }
        for (DateRange period : periods) {
            if (period.overlaps(range)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    /**
     * Returns the three-letter code; {@code CountryCode.of(c.toString())} is {@code c}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }

    private static Map<String, CountryCode> load() {
        Map<String, CountryCode> codes = new LinkedHashMap<>();
        try (InputStream in = CountryCode.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing from the peacekeeping-core jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: code, name, kind, periods
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                codes.put(cells[0], new CountryCode(cells[0], cells[1], Kind.valueOf(cells[2]), periods(cells[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.tsv", e);
        }
        return Collections.unmodifiableMap(codes);
    }

    /** Reads periods written as ISO 8601 intervals separated by blanks, {@code ..} for an open end. */
    private static List<DateRange> periods(String cell) {
        List<DateRange> periods = new ArrayList<>();
        for (String interval : cell.split(" ")) {
            if (interval.isEmpty()) {
                continue;
            }
            String[] ends = interval.split("/", -1);
            LocalDate from = OPEN.equals(ends[0]) ? LocalDate.MIN : LocalDate.parse(ends[0]);
            periods.add(OPEN.equals(ends[1]) ? DateRange.startingOn(from) : DateRange.of(from, LocalDate.parse(ends[1])));
        }
        return List.copyOf(periods);
    }
}
