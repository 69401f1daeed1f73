package io.github.peacekeeping.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-3 code: a host of a mission, a
 * contributor of personnel, the nationality of a mission leader, a member of the Security Council.
 *
 * <p>Three kinds of codes are known: the codes ISO 3166-1 assigns today (249, with their English short
 * names as the UN's M49 standard gives them), {@code XKX} for Kosovo, which has no ISO code (the
 * user-assigned code used by convention), and the ISO 3166-3 codes of former states and territories
 * that appear in the historical record ({@code SUN} USSR, {@code YUG} Yugoslavia, {@code CSK}
 * Czechoslovakia, {@code DDR}, {@code ZAR} Zaire, {@code BUR} Burma and the others), each with the
 * dates it existed. The table and its sources are in {@code countries.tsv} and
 * {@code countries.PROVENANCE.txt} beside this class.
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

    private static final Map<String, CountryCode> CODES = load();
    private static final List<CountryCode> VALUES = List.copyOf(CODES.values());

    private final String code;
    private final String name;
    private final Kind kind;
    private final DateRange existence;

    private CountryCode(String code, String name, Kind kind, DateRange existence) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.existence = existence;
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
     * Returns the days a former state or territory existed under this name, e.g.
     * {@code 1922-12-30/1991-12-26} for the USSR.
     *
     * @return the days of its existence; empty for a code that is assigned today
     */
    public Optional<DateRange> existence() {
        return Optional.ofNullable(existence);
    }

    /**
     * Checks whether the state or territory existed on a day: always true for a code assigned today.
     *
     * @param date  the day, not null
     * @return false only for a former state on a day outside its existence
     */
    public boolean existedOn(LocalDate date) {
        return existence == null || existence.contains(date);
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
            reader.readLine(); // header: code, name, kind, from, to
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Kind kind = Kind.valueOf(cells[2]);
                DateRange existence = null;
                if (kind == Kind.FORMER) {
                    LocalDate from = cells[3].isEmpty() ? LocalDate.MIN : LocalDate.parse(cells[3]);
                    existence = DateRange.of(from, LocalDate.parse(cells[4]));
                }
                codes.put(cells[0], new CountryCode(cells[0], cells[1], kind, existence));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.tsv", e);
        }
        return Collections.unmodifiableMap(codes);
    }
}
