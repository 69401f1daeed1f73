package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resolution of the Security Council or the General Assembly, the document that records a decision
 * on a mandate: its body, number, day of adoption, General Assembly session, and recorded vote.
 *
 * <p>Its {@link #symbol() symbol} is derived, as the UN writes it: {@code S/RES/872 (1993)},
 * {@code A/RES/1000 (ES-I)}, {@code A/RES/78/123}. {@link #builder(ResolutionSymbol, LocalDate)} starts
 * from a symbol and the day of adoption.
 *
 * <p>Construction refuses a number that is not positive, a General Assembly resolution without a
 * session or with a malformed one, and a Security Council resolution with a session or of a year before
 * 1946 or after 9999.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Resolution {

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
     * Returns a new builder with the body, number and session of a symbol and the day of adoption set:
     * {@code Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), LocalDate.of(1993, 10, 5))
     * .vote(Vote.of(15, 0, 0)).build()}. The builder is an ordinary one: it does not remember the symbol.
     *
     * @param symbol   the symbol, not null
     * @param adopted  the day of adoption, in the year of a Security Council symbol; not null
     * @return the builder, not null
     * @throws PeacekeepingException if a value is missing, or the day is not in the year of a Security
     *         Council symbol
     */
    public static Builder builder(ResolutionSymbol symbol, LocalDate adopted) {
        if (symbol == null) {
            throw new MissingValueException(FieldNames.RESOLUTION);
        }
        if (adopted == null) {
            throw new MissingValueException(FieldNames.ADOPTED);
        }
        if (symbol.year().isPresent() && symbol.year().getAsInt() != adopted.getYear()) {
            throw new PeacekeepingException(FieldNames.ADOPTED, adopted, "must fall in the year of " + symbol);
        }
        Builder builder = builder();
        builder.body(symbol.body()).number(symbol.number()).adopted(adopted).session(symbol.session());
        return builder;
    }

    /** Builds a {@link Resolution}: setters named after its fields, {@code from} to copy one; {@code build()} checks it. */
    public static final class Builder extends ImmutableResolution.Builder {
        Builder() {
        }
    }

    /**
     * Returns the symbol of the resolution: {@code S/RES/872 (1993)}, {@code A/RES/1000 (ES-I)},
     * {@code A/RES/78/123}.
     *
     * @return the symbol, not null
     */
    public ResolutionSymbol symbol() {
        return body() == AuthorizingBody.SECURITY_COUNCIL
                ? ResolutionSymbol.ofCouncil(number(), adopted().getYear())
                : ResolutionSymbol.ofAssembly(number(), session().orElseThrow());
    }

    @Value.Check
    void check() {
        ResolutionSymbol.checkNumber(number());
        if (body() == AuthorizingBody.SECURITY_COUNCIL) {
            if (session().isPresent()) {
                throw new PeacekeepingException(FieldNames.SESSION, session().get(),
                        "must be absent for a Security Council resolution");
            }
            ResolutionSymbol.checkCouncilYear(FieldNames.ADOPTED, adopted(), adopted().getYear());
        } else {
            ResolutionSymbol.checkSession(session().orElse(null));
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
