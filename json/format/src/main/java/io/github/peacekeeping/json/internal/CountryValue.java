package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;

/**
 * A country code, read from the parser's three characters by a table and refused with the model's own
 * message ({@link CountryCode#of}) when unknown; written as a {@link Symbol}.
 * This class is immutable and thread-safe.
 */
final class CountryValue extends Value<CountryCode> {

    static final CountryValue INSTANCE = new CountryValue();

    /** Codes by their three letters, {@code (c0 - 'A') * 676 + (c1 - 'A') * 26 + (c2 - 'A')}. */
    private final CountryCode[] codes = new CountryCode[26 * 26 * 26];
    private final Symbol[] symbols = new Symbol[26 * 26 * 26];

    private CountryValue() {
        for (CountryCode country : CountryCode.values()) {
            String code = country.code();
            int index = index(code.charAt(0), code.charAt(1), code.charAt(2));
            codes[index] = country;
            symbols[index] = Symbol.of(code);
        }
    }

    private static int index(char c0, char c1, char c2) {
        int a = c0 - 'A';
        int b = c1 - 'A';
        int c = c2 - 'A';
        return (a | b | c) >= 0 && a < 26 && b < 26 && c < 26 ? a * 676 + b * 26 + c : -1;
    }

    @Override
    CountryCode read(TokenReader in, String field, Reading reading) throws IOException {
        if (in.current() != Token.STRING) {
            throw Problems.invalid(in, field, "expected a country code such as \"RWA\"", List.of());
        }
        if (in.textLength() == 3) {
            char[] text = in.textCharacters();
            int at = in.textOffset();
            int index = index(text[at], text[at + 1], text[at + 2]);
            if (index >= 0 && codes[index] != null) {
                return codes[index];
            }
        }
        try {
            return CountryCode.of(in.text());
        } catch (PeacekeepingException e) {
            throw Problems.refusedValue(in, field, e);
        }
    }

    @Override
    void write(CountryCode value, TokenWriter out) throws IOException {
        String code = value.code();
        out.symbol(symbols[index(code.charAt(0), code.charAt(1), code.charAt(2))]);
    }
}
