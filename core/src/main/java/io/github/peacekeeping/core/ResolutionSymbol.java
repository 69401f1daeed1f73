package io.github.peacekeeping.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbol of a resolution as the UN writes it: {@code S/RES/872 (1993)} for the Security Council,
 * {@code A/RES/1000 (ES-I)} for the General Assembly's sessions numbered in roman numerals (to the
 * thirtieth, 1975), {@code A/RES/31/1} and {@code A/RES/ES-10/1} since.
 *
 * <p>A Security Council symbol names the year of adoption, not the day; a {@link Resolution} adds the
 * day: {@code Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), LocalDate.of(1993, 10, 5))}.
 * {@link #parse(CharSequence)} reads what {@link #toString()} writes: {@code parse(s.toString())} equals
 * {@code s}.
 *
 * <p>Two symbols are equal when their body, number and year or session are. This class is immutable and
 * thread-safe.
 */
public final class ResolutionSymbol {

    /** The year of the Security Council's first resolution, S/RES/1 (1946) of 25 January 1946. */
    static final int FIRST_COUNCIL_YEAR = 1946;
    /** Symbols carry the year in four digits. */
    static final int LAST_COUNCIL_YEAR = 9999;

    // Sessions in roman numerals (I to XXX, and ES-I, S-1...), or in arabic numerals since the 31st (1976).
    private static final Pattern ROMAN_SESSION = Pattern.compile("(?:ES-|S-)?[IVXLC]+");
    private static final Pattern ARABIC_SESSION = Pattern.compile("(?:ES-|S-)?[1-9][0-9]*");
    private static final Pattern COUNCIL_SYMBOL = Pattern.compile("S/RES/([1-9][0-9]*) ?\\(([0-9]{4})\\)");
    private static final Pattern ASSEMBLY_SYMBOL = Pattern.compile(
            "A/RES/([1-9][0-9]*) ?\\(((?:ES-|S-)?[IVXLC]+)\\)|A/RES/((?:ES-|S-)?[1-9][0-9]*)/([1-9][0-9]*)");
    private static final String FORMS = "expected S/RES/872 (1993), A/RES/1000 (ES-I) or A/RES/78/123";

    private final AuthorizingBody body;
    private final int number;
    /** The year of a Security Council symbol; 0 for the General Assembly. */
    private final int year;
    /** The session of a General Assembly symbol; null for the Security Council. */
    private final String session;

    private ResolutionSymbol(AuthorizingBody body, int number, int year, String session) {
        this.body = body;
        this.number = number;
        this.year = year;
        this.session = session;
    }

    /**
     * Obtains the symbol of a Security Council resolution, e.g. {@code S/RES/872 (1993)}.
     *
     * @param number  the number of the resolution, positive
     * @param year    the year of adoption, from 1946 to 9999
     * @return the symbol, not null
     * @throws PeacekeepingException if the number is not positive or the year out of range
     */
    public static ResolutionSymbol ofCouncil(int number, int year) {
        checkNumber(number);
        checkCouncilYear(FieldNames.ADOPTED, year, year);
        return new ResolutionSymbol(AuthorizingBody.SECURITY_COUNCIL, number, year, null);
    }

    /**
     * Obtains the symbol of a General Assembly resolution, e.g. {@code A/RES/1000 (ES-I)} or
     * {@code A/RES/78/123}.
     *
     * @param number   the number of the resolution, positive
     * @param session  the session: {@code "XVII"}, {@code "ES-I"}, {@code "S-1"}, {@code "78"}, {@code "ES-10"}; not null
     * @return the symbol, not null
     * @throws PeacekeepingException if the number is not positive or the session malformed
     */
    public static ResolutionSymbol ofAssembly(int number, String session) {
        checkNumber(number);
        checkSession(session);
        return new ResolutionSymbol(AuthorizingBody.GENERAL_ASSEMBLY, number, 0, session);
    }

    /**
     * Obtains a symbol from its text: {@code S/RES/872 (1993)}, {@code A/RES/1000 (ES-I)},
     * {@code A/RES/78/123} or {@code A/RES/ES-10/1}, with or without the blank before the parenthesis.
     *
     * @param text  the text, not null
     * @return the symbol, not null
     * @throws PeacekeepingException if the text is not a resolution symbol, or its number or year is out of range
     */
    public static ResolutionSymbol parse(CharSequence text) {
        if (text == null) {
            throw new MissingValueException(FieldNames.RESOLUTION);
        }
        String symbol = text.toString();
        Matcher council = COUNCIL_SYMBOL.matcher(symbol);
        if (council.matches()) {
            int year = Integer.parseInt(council.group(2));
            checkCouncilYear(FieldNames.RESOLUTION, symbol, year);
            return new ResolutionSymbol(AuthorizingBody.SECURITY_COUNCIL, number(symbol, council.group(1)), year, null);
        }
        Matcher assembly = ASSEMBLY_SYMBOL.matcher(symbol);
        if (assembly.matches()) {
            boolean roman = assembly.group(1) != null;
            return new ResolutionSymbol(AuthorizingBody.GENERAL_ASSEMBLY,
                    number(symbol, roman ? assembly.group(1) : assembly.group(4)), 0,
                    roman ? assembly.group(2) : assembly.group(3));
        }
        throw new PeacekeepingException(FieldNames.RESOLUTION, symbol, "not a resolution symbol: " + FORMS);
    }

    /** The digits of a symbol's number, which the patterns guarantee, as an int, or the symbol refused. */
    private static int number(String symbol, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            throw new PeacekeepingException(FieldNames.RESOLUTION, symbol,
                    "the number is above " + Integer.MAX_VALUE);
        }
    }

    static void checkNumber(int number) {
        if (number <= 0) {
            throw new PeacekeepingException(FieldNames.NUMBER, number, "must be positive");
        }
    }

    static void checkSession(String session) {
        if (session == null) {
            throw new MissingValueException(FieldNames.SESSION);
        }
        if (!ROMAN_SESSION.matcher(session).matches() && !ARABIC_SESSION.matcher(session).matches()) {
            throw new PeacekeepingException(FieldNames.SESSION, session,
                    "expected a General Assembly session such as XVII, ES-I, 78 or ES-10");
        }
    }

    /** The Council adopted its first resolution in 1946, and a symbol writes the year in four digits. */
    static void checkCouncilYear(String field, Object value, int year) {
        if (year < FIRST_COUNCIL_YEAR || year > LAST_COUNCIL_YEAR) {
            throw new PeacekeepingException(field, value, "a Security Council resolution is of a year from "
                    + FIRST_COUNCIL_YEAR + " to " + LAST_COUNCIL_YEAR);
        }
    }

    /**
     * Returns the body that adopted the resolution.
     *
     * @return the body, not null
     */
    public AuthorizingBody body() {
        return body;
    }

    /**
     * Returns the number of the resolution, e.g. 872.
     *
     * @return the number, positive
     */
    public int number() {
        return number;
    }

    /**
     * Returns the year a Security Council symbol names.
     *
     * @return the year, from 1946 to 9999; empty for the General Assembly
     */
    public OptionalInt year() {
        return body == AuthorizingBody.SECURITY_COUNCIL ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /**
     * Returns the session a General Assembly symbol names, e.g. {@code "ES-I"}.
     *
     * @return the session; empty for the Security Council
     */
    public Optional<String> session() {
        return Optional.ofNullable(session);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ResolutionSymbol)) {
            return false;
        }
        ResolutionSymbol that = (ResolutionSymbol) other;
        return body == that.body && number == that.number && year == that.year && Objects.equals(session, that.session);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, number, year, session);
    }

    /**
     * Returns the symbol as the UN writes it: {@code S/RES/872 (1993)}, {@code A/RES/1000 (ES-I)},
     * {@code A/RES/78/123}.
     *
     * @return the text, which {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        if (body == AuthorizingBody.SECURITY_COUNCIL) {
            return "S/RES/" + number + " (" + year + ")";
        }
        return ROMAN_SESSION.matcher(session).matches()
                ? "A/RES/" + number + " (" + session + ")"
                : "A/RES/" + session + "/" + number;
    }
}
