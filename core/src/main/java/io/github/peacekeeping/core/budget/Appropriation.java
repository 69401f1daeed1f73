package io.github.peacekeeping.core.budget;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.internal.Given;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money the General Assembly appropriated for a mission: the amount in US dollars, gross, for a period,
 * from the mission's special account or the regular budget, and the resolution that appropriated it where
 * known. For 1 July 2024 to 30 June 2025 the Assembly appropriated USD 582.63 million for UNIFIL (press
 * release GA/12611 of 28 June 2024; the resolution was adopted by 129 votes to 2, with 1 abstention).
 *
 * <p>The period is a {@link FiscalYear peacekeeping fiscal year} or part of one since the 1 July-30 June
 * cycle began (the first period of a mission established during the year), and a mandate period before it
 * (UNAMIR and UNTAG were financed per mandate period). A mission may have several appropriations for one
 * period: the Assembly often appropriates in parts.
 *
 * <p>Construction refuses an open period and a resolution of a body other than the General Assembly.
 * Whether the period meets the mission's life is for the validators (rule PK124). This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Appropriation {

    Appropriation() {
    }

    /**
     * Returns the days the money is for.
     *
     * @return the period, with a last day, not null
     */
    public abstract DateRange period();

    /**
     * Returns the amount appropriated, gross (before staff assessment is set off).
     *
     * @return the amount, not null
     */
    public abstract UsdAmount amount();

    /**
     * Returns where the money comes from.
     *
     * @return the funding, not null
     */
    public abstract Funding funding();

    /**
     * Returns the General Assembly resolution that appropriated the money, e.g. {@code A/RES/48/248}.
     *
     * @return the resolution, empty if not recorded
     */
    public abstract Optional<Resolution> resolution();

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Appropriation}: setters named after its fields ({@code period}, {@code amount},
     * {@code funding}, {@code resolution}); {@code from(Appropriation)} copies one; {@code build()} checks the
     * result and throws {@link PeacekeepingException}.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableAppropriation.Builder generated = new ImmutableAppropriation.Builder();

        Builder() {
        }

        /**
         * Copies the values of an appropriation into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param appropriation  the appropriation to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code appropriation} is null
         */
        public Builder from(Appropriation appropriation) {
            generated.from(Given.value("appropriation", appropriation));
            return this;
        }

        /**
         * Sets {@link Appropriation#period()}.
         *
         * @param period  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code period} is null
         */
        public Builder period(DateRange period) {
            generated.period(Given.value(FieldNames.PERIOD, period));
            return this;
        }

        /**
         * Sets {@link Appropriation#amount()}.
         *
         * @param amount  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code amount} is null
         */
        public Builder amount(UsdAmount amount) {
            generated.amount(Given.value(FieldNames.AMOUNT, amount));
            return this;
        }

        /**
         * Sets {@link Appropriation#funding()}.
         *
         * @param funding  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code funding} is null
         */
        public Builder funding(Funding funding) {
            generated.funding(Given.value(FieldNames.FUNDING, funding));
            return this;
        }

        /**
         * Sets {@link Appropriation#resolution()}.
         *
         * @param resolution  the value, null for none
         * @return this builder
         */
        public Builder resolution(Resolution resolution) {
            generated.resolution(resolution);
            return this;
        }

        /**
         * Sets {@link Appropriation#resolution()}.
         *
         * @param resolution  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code resolution} is null
         */
        public Builder resolution(Optional<? extends Resolution> resolution) {
            generated.resolution(Given.value(FieldNames.RESOLUTION, resolution));
            return this;
        }

        /**
         * Builds the appropriation and checks it.
         *
         * @return the appropriation, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Appropriation build() {
            return generated.build();
        }
    }

    /**
     * Returns the fiscal year the period lies in: the whole year, or part of it.
     *
     * @return the fiscal year; empty if the period spans two fiscal years, as the mandate periods before the
     *         1 July-30 June cycle could
     */
    public Optional<FiscalYear> fiscalYear() {
        FiscalYear year = FiscalYear.containing(period().start());
        return year.contains(period()) ? Optional.of(year) : Optional.empty();
    }

    @Value.Check
    void check() {
        if (period().isOpen()) {
            throw new PeacekeepingException(FieldNames.PERIOD, period(), "must have a last day");
        }
        if (resolution().isPresent() && resolution().get().body() != AuthorizingBody.GENERAL_ASSEMBLY) {
            throw new PeacekeepingException(FieldNames.RESOLUTION, resolution().get().symbol().toString(),
                    "appropriations are made by the General Assembly");
        }
    }

    /**
     * Returns the amount, the period, the funding and the resolution, e.g.
     * {@code USD 582630000 for 2024-07-01/2025-06-30 (SPECIAL_ACCOUNT)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "USD " + amount() + " for " + period() + " (" + funding() + ")"
                + resolution().map(r -> " by " + r.symbol()).orElse("");
    }
}
