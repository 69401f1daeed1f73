package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PartialDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the scalar values of the wire format with the generator directly: field names, enum
 * constants and country codes as pre-encoded strings, dates as {@code yyyy-mm-dd} without a formatter.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Out {

    static final SerializableString ACRONYM = name(FieldNames.ACRONYM);
    static final SerializableString NAME = name(FieldNames.NAME);
    static final SerializableString HOSTS = name(FieldNames.HOSTS);
    static final SerializableString REGION = name(FieldNames.REGION);
    static final SerializableString ESTABLISHED = name(FieldNames.ESTABLISHED);
    static final SerializableString CLOSED = name(FieldNames.CLOSED);
    static final SerializableString MANDATES = name(FieldNames.MANDATES);
    static final SerializableString COMPONENTS = name(FieldNames.COMPONENTS);
    static final SerializableString LEADERSHIP = name(FieldNames.LEADERSHIP);
    static final SerializableString RESOLUTION = name(FieldNames.RESOLUTION);
    static final SerializableString ACTIONS = name(FieldNames.ACTIONS);
    static final SerializableString EFFECTIVE = name(FieldNames.EFFECTIVE);
    static final SerializableString EXPIRES = name(FieldNames.EXPIRES);
    static final SerializableString CHAPTER_VII = name(FieldNames.CHAPTER_VII);
    static final SerializableString TASKS = name(FieldNames.TASKS);
    static final SerializableString CEILINGS = name(FieldNames.CEILINGS);
    static final SerializableString MILITARY = name(FieldNames.MILITARY);
    static final SerializableString POLICE = name(FieldNames.POLICE);
    static final SerializableString CIVILIAN = name(FieldNames.CIVILIAN);
    static final SerializableString BODY = name(FieldNames.BODY);
    static final SerializableString NUMBER = name(FieldNames.NUMBER);
    static final SerializableString ADOPTED = name(FieldNames.ADOPTED);
    static final SerializableString SESSION = name(FieldNames.SESSION);
    static final SerializableString VOTE = name(FieldNames.VOTE);
    static final SerializableString YES = name(FieldNames.YES);
    static final SerializableString NO = name(FieldNames.NO);
    static final SerializableString ABSTAIN = name(FieldNames.ABSTAIN);
    static final SerializableString AGAINST = name(FieldNames.AGAINST);
    static final SerializableString TYPE = name(FieldNames.TYPE);
    static final SerializableString DEPLOYMENTS = name(FieldNames.DEPLOYMENTS);
    static final SerializableString STAFFING = name(FieldNames.STAFFING);
    static final SerializableString CONTRIBUTOR = name(FieldNames.CONTRIBUTOR);
    static final SerializableString CATEGORY = name(FieldNames.CATEGORY);
    static final SerializableString DATE = name(FieldNames.DATE);
    static final SerializableString TOTAL = name(FieldNames.TOTAL);
    static final SerializableString FEMALE = name(FieldNames.FEMALE);
    static final SerializableString INTERNATIONAL = name(FieldNames.INTERNATIONAL);
    static final SerializableString NATIONAL = name(FieldNames.NATIONAL);
    static final SerializableString VOLUNTEERS = name(FieldNames.VOLUNTEERS);
    static final SerializableString ROLE = name(FieldNames.ROLE);
    static final SerializableString NATIONALITY = name(FieldNames.NATIONALITY);
    static final SerializableString START = name(FieldNames.START);
    static final SerializableString END = name(FieldNames.END);
    static final SerializableString ACTING = name(FieldNames.ACTING);
    static final SerializableString MISSION = name(FieldNames.MISSION);

    /** The codes by their three letters, {@code (c0 - 'A') * 676 + (c1 - 'A') * 26 + (c2 - 'A')}. */
    private static final SerializableString[] CODES = new SerializableString[26 * 26 * 26];

    static {
        for (CountryCode country : CountryCode.values()) {
            CODES[index(country.code())] = name(country.code());
        }
    }

    private Out() {
    }

    private static SerializableString name(String text) {
        return new SerializedString(text);
    }

    private static int index(String code) {
        return (code.charAt(0) - 'A') * 676 + (code.charAt(1) - 'A') * 26 + (code.charAt(2) - 'A');
    }

    /** Pre-encoded names of enum constants, by ordinal. */
    static <E extends Enum<E>> SerializableString[] constants(Class<E> type) {
        E[] values = type.getEnumConstants();
        SerializableString[] names = new SerializableString[values.length];
        for (E value : values) {
            names[value.ordinal()] = name(value.name());
        }
        return names;
    }

    static void country(JsonGenerator g, CountryCode country) throws IOException {
        g.writeString(CODES[index(country.code())]);
    }

    static void countries(JsonGenerator g, List<CountryCode> countries) throws IOException {
        g.writeStartArray(countries, countries.size());
        for (CountryCode country : countries) {
            country(g, country);
        }
        g.writeEndArray();
    }

    static void date(JsonGenerator g, LocalDate date) throws IOException {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            // Outside what yyyy-mm-dd can hold: the reader refuses it, so must the writer.
            throw new IllegalArgumentException("Invalid date for the wire format: " + date + " (year must be 0 to 9999)");
        }
        char[] text = new char[10];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        g.writeString(text, 0, 10);
    }

    /** A date written with the precision it has: 1995-12-08, 1995-12 or 1995. */
    static void date(JsonGenerator g, PartialDate date) throws IOException {
        g.writeString(date.toString());
    }

    private static void digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
