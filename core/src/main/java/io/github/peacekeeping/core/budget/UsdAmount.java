package io.github.peacekeeping.core.budget;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount of money in US dollars, held exactly to the cent: the appropriations of the General Assembly
 * are stated in dollars, and a binary floating-point number would not hold 582,630,000.10 exactly. Its text
 * form is the plain decimal number, without grouping: {@code 582630000} or {@code 1234.50}; the cents are
 * written only when there are any.
 *
 * <p>Amounts are never negative. Two amounts are equal when they are the same number of cents, whatever
 * the scale they were given with. {@code parse(amount.toString())} equals {@code amount}. This class is
 * immutable and thread-safe.
 */
public final class UsdAmount implements Comparable<UsdAmount> {

    private static final BigDecimal CENTS_PER_DOLLAR = BigDecimal.valueOf(100);

    private final long cents;

    private UsdAmount(long cents) {
        this.cents = cents;
    }

    /**
     * Obtains an amount of whole dollars.
     *
     * @param dollars  the dollars, not negative
     * @return the amount, not null
     * @throws PeacekeepingException if the amount is negative or too large to be held in cents
     */
    public static UsdAmount ofDollars(long dollars) {
        return of(BigDecimal.valueOf(dollars));
    }

    /**
     * Obtains an amount of dollars and cents, e.g. {@code of(new BigDecimal("1234.50"))}.
     *
     * @param dollars  the amount in dollars, not negative, with at most two decimals
     * @return the amount, not null
     * @throws PeacekeepingException if the amount is missing, negative, has fractions of a cent, or is too
     *         large to be held in cents (more than about 92 thousand trillion dollars)
     */
    public static UsdAmount of(BigDecimal dollars) {
        if (dollars == null) {
            throw new MissingValueException(FieldNames.AMOUNT);
        }
        if (dollars.signum() < 0) {
            throw new PeacekeepingException(FieldNames.AMOUNT, dollars.toPlainString(), "must not be negative");
        }
        BigDecimal cents = dollars.multiply(CENTS_PER_DOLLAR);
        BigInteger whole;
        try {
            whole = cents.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new PeacekeepingException(FieldNames.AMOUNT, dollars.toPlainString(), "must be whole cents");
        }
        if (whole.bitLength() > Long.SIZE - 1) {
            throw new PeacekeepingException(FieldNames.AMOUNT, dollars.toPlainString(), "is too large");
        }
        return new UsdAmount(whole.longValue());
    }

    /**
     * Obtains an amount from its text: a plain decimal number of dollars with at most two decimals,
     * {@code 582630000} or {@code 1234.50}; no sign, grouping, currency or exponent.
     *
     * @param text  the text, not null
     * @return the amount, not null
     * @throws PeacekeepingException if the text is not such a number
     */
    public static UsdAmount parse(CharSequence text) {
        if (text == null) {
            throw new MissingValueException(FieldNames.AMOUNT);
        }
        String s = text.toString();
        if (!s.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new PeacekeepingException(FieldNames.AMOUNT, s,
                    "expected dollars as a plain number with at most two decimals, as in 582630000 or 1234.50");
        }
        return of(new BigDecimal(s));
    }

    /**
     * Returns the amount in dollars.
     *
     * @return the dollars, with two decimals, not null
     */
    public BigDecimal dollars() {
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * Returns the amount in cents.
     *
     * @return the cents, not negative
     */
    public long cents() {
        return cents;
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other  the other amount, not null
     * @return the sum, not null
     * @throws PeacekeepingException if the sum is too large to be held in cents
     */
    public UsdAmount plus(UsdAmount other) {
        try {
            return new UsdAmount(Math.addExact(cents, other.cents));
        } catch (ArithmeticException e) {
            throw new PeacekeepingException(FieldNames.AMOUNT, dollars().add(other.dollars()).toPlainString(), "is too large");
        }
    }

    @Override
    public int compareTo(UsdAmount other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsdAmount && ((UsdAmount) other).cents == cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    /**
     * Returns the plain decimal number of dollars, with cents only when there are any: {@code 582630000},
     * {@code 1234.50}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return cents % 100 == 0 ? Long.toString(cents / 100) : dollars().toPlainString();
    }
}
