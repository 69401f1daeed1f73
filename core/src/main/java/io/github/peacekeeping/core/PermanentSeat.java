package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The five permanent seats of the Security Council (UN Charter, Article 23(1)), each with the state
 * that held it over time. The China seat was held by the Republic of China ({@code TWN}) until
 * General Assembly resolution 2758 (XXVI) of 25 October 1971; the Russian Federation ({@code RUS})
 * continued the seat of the USSR ({@code SUN}), which it held until 24 December 1991.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PermanentSeat {
    /** China: the Republic of China until 25 October 1971, the People's Republic of China since. */
    CHINA("CHN", "TWN", LocalDate.of(1971, 10, 25)),
    /** France. */
    FRANCE("FRA", null, null),
    /** The Russian Federation: the USSR until 24 December 1991. */
    RUSSIAN_FEDERATION("RUS", "SUN", LocalDate.of(1991, 12, 24)),
    /** The United Kingdom of Great Britain and Northern Ireland. */
    UNITED_KINGDOM("GBR", null, null),
    /** The United States of America. */
    UNITED_STATES("USA", null, null);

    private final CountryCode holder;
    private final CountryCode formerHolder;
    private final LocalDate formerHolderUntil;

    PermanentSeat(String holder, String formerHolder, LocalDate formerHolderUntil) {
        this.holder = CountryCode.of(holder);
        this.formerHolder = formerHolder == null ? null : CountryCode.of(formerHolder);
        this.formerHolderUntil = formerHolderUntil;
    }

    /**
     * Returns the state that holds this seat today.
     *
     * @return the present holder, e.g. {@code RUS}
     */
    public CountryCode holder() {
        return holder;
    }

    /**
     * Returns the state that held this seat on a day: {@code SUN} for the Russian seat on
     * 1960-12-13, {@code RUS} on 1991-12-25.
     *
     * @param date  the day, not null
     * @return the holder that day, not null
     */
    public CountryCode holderOn(LocalDate date) {
        return formerHolder != null && !date.isAfter(formerHolderUntil) ? formerHolder : holder;
    }

    /**
     * Obtains the seat a country holds or held. Either code of a seat names it: {@code TWN} and
     * {@code CHN} both name the China seat, {@code SUN} and {@code RUS} the Russian seat.
     *
     * @param country  the country, not null
     * @return the seat, not null
     * @throws PeacekeepingException if the country never held a permanent seat, or is null
     */
    public static PermanentSeat of(CountryCode country) {
        return heldBy(country).orElseThrow(() -> new PeacekeepingException(FieldNames.COUNTRY_CODE, country,
                "never held a permanent seat of the Security Council"));
    }

    /**
     * Finds the seat a country holds or held, if any, so that a negative vote recorded with either code
     * of a seat counts as that permanent member's: {@code SUN} and {@code RUS} both find the Russian seat,
     * {@code IND} none.
     *
     * @param country  the country, not null
     * @return the seat, empty if the country never held a permanent seat
     * @throws MissingValueException if the country is null
     */
    public static Optional<PermanentSeat> heldBy(CountryCode country) {
        if (country == null) {
            throw new MissingValueException(FieldNames.COUNTRY_CODE);
        }
        for (PermanentSeat seat : values()) {
            if (seat.holder == country || seat.formerHolder == country) {
                return Optional.of(seat);
            }
        }
        return Optional.empty();
    }
}
