package io.github.peacekeeping.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the scalar values of the wire format from the current token, token by token, without
 * intermediate objects: text, integers, booleans, dates and country codes, and checks the start of
 * objects and arrays. Each method throws the module's exception, with the field's name, path and
 * position, when the token does not hold what the wire format requires there.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Tokens {

    static final String INTEGER_RULE = "expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    static final String DATE_RULE = "expected an ISO-8601 date such as \"1993-10-05\"";

    /** Country codes by their three letters, {@code (c0 - 'A') * 676 + (c1 - 'A') * 26 + (c2 - 'A')}. */
    private static final CountryCode[] CODES = new CountryCode[26 * 26 * 26];

    static {
        for (CountryCode country : CountryCode.values()) {
            String code = country.code();
            int index = index(code.charAt(0), code.charAt(1), code.charAt(2));
            if (index >= 0) {
                CODES[index] = country;
            }
        }
    }

    private Tokens() {
    }

    private static int index(char c0, char c1, char c2) {
        int a = c0 - 'A';
        int b = c1 - 'A';
        int c = c2 - 'A';
        return (a | b | c) >= 0 && a < 26 && b < 26 && c < 26 ? a * 676 + b * 26 + c : -1;
    }

    /**
     * Checks that the current token starts an object, or is the first field name of an object whose
     * start was read by the caller, and returns the first field name.
     *
     * @return the first field name, null if the object is empty
     */
    static String startObject(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return p.nextFieldName();
        }
        if (token == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        throw Errors.invalid(p, field, "expected an object", List.of());
    }

    /** Checks that the current token starts an array. */
    static void startArray(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Errors.invalid(p, field, "expected an array", List.of());
        }
    }

    /**
     * Marks a field as read and moves to its value; a field read before is a duplicate.
     *
     * @param seen  the bits of the fields read so far
     * @param bit   the bit of this field
     * @return the bits with this field's
     */
    static int field(JsonParser p, int seen, int bit) throws IOException {
        if ((seen & bit) != 0) {
            throw Errors.duplicateField(p);
        }
        p.nextToken();
        return seen | bit;
    }

    /**
     * Checks that an object had its required fields; the current token is its end.
     *
     * @param seen      the bits of the fields read, bit {@code i} for {@code fields.get(i)}
     * @param required  the bits of the required fields
     * @param fields    the object's fields in the order of the wire format
     * @param start     the position of the object's start
     */
    static void required(JsonParser p, int seen, int required, List<String> fields, long start)
            throws IOException {
        if ((seen & required) != required) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if ((required & ~seen & (1 << i)) != 0) {
                    missing.add(fields.get(i));
                }
            }
            throw Errors.missing(p, start, missing);
        }
    }

    /** Refuses an unknown field, or skips it and its value when unknown fields are ignored. */
    static void unknown(JsonParser p, boolean strict, List<String> known) throws IOException {
        if (strict) {
            throw Errors.unknownField(p, known);
        }
        p.nextToken();
        p.skipChildren();
    }

    static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        throw Errors.invalid(p, field, "expected a string", List.of());
    }

    static int integer(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            // JSON Schema's integer: 1442.0 and 1.442e3 are integers, 1.5 and 1e10 are not ints.
            try {
                BigDecimal value = p.getDecimalValue();
                return value.intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw Errors.invalid(p, field, INTEGER_RULE, List.of());
            }
        }
        throw Errors.invalid(p, field, INTEGER_RULE, List.of());
    }

    static boolean bool(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw Errors.invalid(p, field, "expected true or false", List.of());
    }

    /** Reads {@code yyyy-mm-dd} from the parser's characters, without the cost of a formatter. */
    static LocalDate date(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Errors.invalid(p, field, DATE_RULE, List.of());
        }
        char[] text = p.getTextCharacters();
        int at = p.getTextOffset();
        if (p.getTextLength() == 10 && text[at + 4] == '-' && text[at + 7] == '-') {
            int year = digits(text, at, 4);
            int month = digits(text, at + 5, 2);
            int day = digits(text, at + 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // not a calendar date: reported below
                }
            }
        }
        throw Errors.invalid(p, field, DATE_RULE, List.of());
    }

    private static int digits(char[] text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    static CountryCode country(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Errors.invalid(p, field, "expected a country code such as \"RWA\"", List.of());
        }
        if (p.getTextLength() == 3) {
            char[] text = p.getTextCharacters();
            int at = p.getTextOffset();
            int index = index(text[at], text[at + 1], text[at + 2]);
            if (index >= 0 && CODES[index] != null) {
                return CODES[index];
            }
        }
        try {
            // The model's refusal gives the message.
            return CountryCode.of(p.getText());
        } catch (PeacekeepingException e) {
            throw Errors.refusedValue(p, field, e);
        }
    }
}
