package io.github.peacekeeping.core.actor;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;

/**
 * A state as an actor, through its government: {@code State.of(CountryCode.of("RWA"))} stands for "the
 * Government of the Republic of Rwanda" as a party to the Arusha Peace Agreement. A former state keeps
 * its former code ({@code ZAR}, Zaire, mediated in Rwanda in 1993).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param country  the state's country code, not null
 */
public record State(CountryCode country) implements Actor {

    /**
     * Obtains the state of a country code.
     *
     * @param country  the country code, not null
     * @throws MissingValueException if the code is null
     */
    public State {
        if (country == null) {
            throw new MissingValueException(FieldNames.STATE);
        }
    }

    /**
     * Obtains the state of a country code.
     *
     * @param country  the country code, not null
     * @return the state, not null
     * @throws MissingValueException if the code is null
     */
    public static State of(CountryCode country) {
        return new State(country);
    }

    @Override
    public String fullName() {
        return country.name();
    }

    /**
     * Returns the country code, e.g. {@code RWA}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return country.code();
    }
}
