package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The names of a set of constants in the wire format, read from the parser's characters without
 * creating a string and written as {@link Symbol}s: an enum's constants by {@code name()}, the
 * component types by their type names. An explicit table: nothing is looked up by class name.
 * This class is immutable and thread-safe.
 *
 * @param <E> the type of the constants
 */
public final class Constants<E> extends Value<E> {

    private final List<E> values;
    private final char[][] names;
    private final List<String> expected;
    private final Map<E, Symbol> symbols = new HashMap<>();

    private Constants(List<E> values, Function<E, String> name) {
        this.values = List.copyOf(values);
        this.names = new char[values.size()][];
        List<String> expected = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String text = name.apply(values.get(i));
            names[i] = text.toCharArray();
            expected.add(text);
            symbols.put(values.get(i), Symbol.of(text));
        }
        this.expected = List.copyOf(expected);
    }

    /**
     * Obtains the constants of an enum, by their names.
     *
     * @param <E>     the enum
     * @param values  the constants, not null
     * @return the constants, not null
     */
    static <E extends Enum<E>> Constants<E> of(E[] values) {
        return new Constants<>(List.of(values), Enum::name);
    }

    /**
     * Obtains constants with names of their own.
     *
     * @param <E>     the type of the constants
     * @param values  the constants, not null
     * @param name    the name of each in the format, not null
     * @return the constants, not null
     */
    static <E> Constants<E> of(List<E> values, Function<E, String> name) {
        return new Constants<>(values, name);
    }

    /**
     * Returns the names, in the order of the constants: the "expected one of" list of errors.
     *
     * @return the names, unmodifiable
     */
    public List<String> names() {
        return expected;
    }

    @Override
    E read(TokenReader in, String field, Reading reading) throws IOException {
        if (in.current() != Token.STRING) {
            throw Problems.invalid(in, field, "expected a string", expected);
        }
        char[] text = in.textCharacters();
        int at = in.textOffset();
        int length = in.textLength();
        candidates:
        for (int i = 0; i < names.length; i++) {
            char[] name = names[i];
            if (name.length != length) {
                continue;
            }
            for (int j = 0; j < length; j++) {
                if (name[j] != text[at + j]) {
                    continue candidates;
                }
            }
            return values.get(i);
        }
        throw Problems.unknownValue(in, field, expected);
    }

    @Override
    void write(E value, TokenWriter out) throws IOException {
        Symbol symbol = symbols.get(value);
        if (symbol == null) {
            throw new WriteFailure(Messages.quote(String.valueOf(value)), "expected one of " + expected);
        }
        out.symbol(symbol);
    }
}
