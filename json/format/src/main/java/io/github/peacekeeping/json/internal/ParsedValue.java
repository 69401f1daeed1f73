package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A value written as text that a type of the model parses itself, such as a {@code DateRange}
 * ({@code 1993-10-05/1996-03-08}): read by its {@code parse}, whose refusal gives the message with the
 * field's name; written as its text. This class is immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
final class ParsedValue<V> extends Value<V> {

    private final Function<String, V> parse;
    private final Function<V, String> format;
    private final String rule;

    /**
     * @param parse   reads the text, throwing the model's exception when it cannot, not null
     * @param format  writes the text, as {@code parse} reads it, not null
     * @param rule    what a value of the wrong JSON type breaks, e.g. {@code expected a date range}
     */
    ParsedValue(Function<String, V> parse, Function<V, String> format, String rule) {
        this.parse = parse;
        this.format = format;
        this.rule = rule;
    }

    @Override
    V read(TokenReader in, String field, Reading reading) throws IOException {
        if (in.current() != Token.STRING) {
            throw Problems.invalid(in, field, rule, List.of());
        }
        String text = TextValue.INSTANCE.read(in, field, reading);
        try {
            return parse.apply(text);
        } catch (PeacekeepingException e) {
            throw Problems.refusedValue(in, field, e, true);
        }
    }

    @Override
    void write(V value, TokenWriter out) throws IOException {
        out.string(WriteChecks.text(format.apply(value)));
    }
}
