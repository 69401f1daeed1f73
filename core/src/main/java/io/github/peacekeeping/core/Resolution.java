package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A resolution of the Security Council or the General Assembly, the document that records a decision
 * on a mandate: its body, number, day of adoption, General Assembly session, and recorded vote.
 *
 * <p>Its {@link #symbol() symbol} is derived, as the UN writes it: {@code S/RES/872 (1993)} for the
 * Security Council, {@code A/RES/1000 (ES-I)} for the General Assembly's sessions numbered in roman
 * numerals (to the thirtieth, 1975), {@code A/RES/31/1} and {@code A/RES/ES-10/1} since.
 * {@link #parse(CharSequence)} reads a symbol into a builder: a symbol gives the year of a Security
 * Council resolution but not its day, which the builder still needs.
 *
 * <p>Construction refuses a number that is not positive, a General Assembly resolution without a
 * session or with a malformed one, and a Security Council resolution with a session.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Resolution {

    // Sessions in roman numerals (I to XXX, and ES-I, S-1...), or in arabic numerals since the 31st (1976).
    private static final Pattern ROMAN_SESSION = Pattern.compile("(?:ES-|S-)?[IVXLC]+");
    private static final Pattern ARABIC_SESSION = Pattern.compile("(?:ES-|S-)?[1-9][0-9]*");
    private static final Pattern COUNCIL_SYMBOL = Pattern.compile("S/RES/([1-9][0-9]*) ?\\(([0-9]{4})\\)");
    private static final Pattern ASSEMBLY_SYMBOL = Pattern.compile(
            "A/RES/([1-9][0-9]*) ?\\(((?:ES-|S-)?[IVXLC]+)\\)|A/RES/((?:ES-|S-)?[1-9][0-9]*)/([1-9][0-9]*)");

    Resolution() {
    }

    /**
     * Returns the body that adopted the resolution.
     *
     * @return the body, not null
     */
    public abstract AuthorizingBody body();

    /**
     * Returns the number of the resolution, e.g. 872.
     *
     * @return the number, positive
     */
    public abstract int number();

    /**
     * Returns the day the resolution was adopted; for a draft that failed, the day of the vote.
     *
     * @return the day, not null
     */
    public abstract LocalDate adopted();

    /**
     * Returns the General Assembly session, e.g. {@code "ES-I"} (first emergency special session),
     * {@code "XVII"}, {@code "78"}.
     *
     * @return the session for a General Assembly resolution, empty for the Security Council
     */
    public abstract Optional<String> session();

    /**
     * Returns the recorded vote.
     *
     * @return the vote, empty if not recorded
     */
    public abstract Optional<Vote> vote();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a builder for the resolution with a given symbol, with its body, number and session
     * set: {@code Resolution.parse("S/RES/872 (1993)").adopted(LocalDate.of(1993, 10, 5)).build()}.
     * Accepted forms are {@code S/RES/872 (1993)}, {@code A/RES/1000 (ES-I)}, {@code A/RES/78/123}
     * and {@code A/RES/ES-10/1}, with or without the blank before the parenthesis. The year of a
     * Security Council symbol must be the year of the adoption day given to the builder.
     *
     * @param symbol  the symbol, not null
     * @return a builder that still needs the adoption day, not null
     * @throws PeacekeepingException if the text is not a resolution symbol
     */
    public static Builder parse(CharSequence symbol) {
        String text = symbol == null ? null : symbol.toString();
        if (text == null) {
            throw new MissingValueException(FieldNames.RESOLUTION);
        }
        Matcher council = COUNCIL_SYMBOL.matcher(text);
        if (council.matches()) {
            Builder builder = builder().body(AuthorizingBody.SECURITY_COUNCIL).number(Integer.parseInt(council.group(1)));
            builder.symbolYear = Integer.parseInt(council.group(2));
            builder.symbol = text;
            return builder;
        }
        Matcher assembly = ASSEMBLY_SYMBOL.matcher(text);
        if (assembly.matches()) {
            boolean roman = assembly.group(1) != null;
            return builder().body(AuthorizingBody.GENERAL_ASSEMBLY)
                    .number(Integer.parseInt(roman ? assembly.group(1) : assembly.group(4)))
                    .session(roman ? assembly.group(2) : assembly.group(3));
        }
        throw new PeacekeepingException(FieldNames.RESOLUTION, text,
                "not a resolution symbol: expected S/RES/872 (1993), A/RES/1000 (ES-I) or A/RES/78/123");
    }

    /** Builds a {@link Resolution}: setters named after its fields, {@code from} to copy one; {@code build()} checks it. */
    public static final class Builder extends ImmutableResolution.Builder {
        private int symbolYear;
        private String symbol;

        Builder() {
        }

        /**
         * Builds the resolution.
         *
         * @return the resolution, not null
         * @throws PeacekeepingException if a value is missing or invalid, or the adoption day does not
         *         fall in the year of the symbol this builder was {@link Resolution#parse parsed} from
         */
        @Override
        public Resolution build() {
            Resolution resolution = super.build();
            if (symbolYear != 0 && resolution.adopted().getYear() != symbolYear) {
                throw new PeacekeepingException(FieldNames.ADOPTED, resolution.adopted(),
                        "must fall in the year of " + symbol);
            }
            return resolution;
        }
    }

    /**
     * Returns the symbol of the resolution: {@code S/RES/872 (1993)}, {@code A/RES/1000 (ES-I)},
     * {@code A/RES/78/123}.
     *
     * @return the symbol, not null
     */
    public String symbol() {
        if (body() == AuthorizingBody.SECURITY_COUNCIL) {
            return "S/RES/" + number() + " (" + adopted().getYear() + ")";
        }
        String session = session().orElseThrow();
        return ROMAN_SESSION.matcher(session).matches()
                ? "A/RES/" + number() + " (" + session + ")"
                : "A/RES/" + session + "/" + number();
    }

    @Value.Check
    void check() {
        if (number() <= 0) {
            throw new PeacekeepingException(FieldNames.NUMBER, number(), "must be positive");
        }
        if (body() == AuthorizingBody.SECURITY_COUNCIL && session().isPresent()) {
            throw new PeacekeepingException(FieldNames.SESSION, session().get(),
                    "must be absent for a Security Council resolution");
        }
        if (body() == AuthorizingBody.GENERAL_ASSEMBLY) {
            String session = session().orElseThrow(() -> new MissingValueException(FieldNames.SESSION));
            if (!ROMAN_SESSION.matcher(session).matches() && !ARABIC_SESSION.matcher(session).matches()) {
                throw new PeacekeepingException(FieldNames.SESSION, session,
                        "expected a General Assembly session such as XVII, ES-I, 78 or ES-10");
            }
        }
    }

    /**
     * Returns the symbol, then the day of adoption and the vote where recorded, e.g.
     * {@code S/RES/872 (1993) of 1993-10-05, 15-0-0}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return symbol() + " of " + adopted() + vote().map(v -> ", " + v).orElse("");
    }
}
