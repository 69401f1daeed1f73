package io.github.peacekeeping.examples.fatalities;

import io.github.peacekeeping.core.CountryCode;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a country from the name the fatality file gives it, for the rows that have no {@code isocode3}: 52
 * rows of the release of 2025, among them "Côte dIvoire" (29), "Türkiye" (6; the release of 2021 wrote
 * "Turkey" with its code), "Mauritius" and "Viet Nam". Names are compared with the English short names of
 * {@link CountryCode}, without case, blanks or apostrophes, which the file loses ("Côte dIvoire" for "Côte
 * d'Ivoire"); accents count.
 *
 * <p>"ZZ [Undetermined]" (14 rows) and a blank name stand for no nationality.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Nationalities {

    /** The file's name for an undetermined nationality. */
    static final String UNDETERMINED = "ZZ [Undetermined]";

    private static final Map<String, CountryCode> BY_NAME = byName();

    private Nationalities() {
    }

    private static Map<String, CountryCode> byName() {
        Map<String, CountryCode> byName = new HashMap<>();
        for (CountryCode country : CountryCode.values()) {
            // An assigned code wins over the former code of a state of the same name.
            byName.merge(key(country.name()), country, (a, b) -> a.isFormer() ? b : a);
        }
        return Map.copyOf(byName);
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("['’\\s]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Checks whether a name stands for no nationality: blank, or "ZZ [Undetermined]".
     *
     * @param name  the file's name, not null
     * @return true if the record has no nationality
     */
    static boolean isNone(String name) {
        return name.isBlank() || name.strip().equals(UNDETERMINED);
    }

    /**
     * Finds the country of a name.
     *
     * @param name  the file's name, not null
     * @return the country, empty if no known country has that name
     */
    static Optional<CountryCode> of(String name) {
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }
}
