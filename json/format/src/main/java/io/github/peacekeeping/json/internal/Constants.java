package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** Open addressing by the hash of a name's characters: the slot of a name holds its index + 1. */
    private final int[] slots;
    private final List<String> expected;
    private final Symbol[] symbols;
    /**
     * For each enum among the constants, its class and the index of its first constant, less that
     * constant's ordinal: the categories are the military ones, then the police ones.
     */
    private final Class<?>[] enums;
    private final int[] enumOffsets;

    private Constants(List<E> values, Function<E, String> name) {
        this.values = List.copyOf(values);
        this.names = new char[values.size()][];
        this.symbols = new Symbol[values.size()];
        List<String> expected = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String text = name.apply(values.get(i));
            names[i] = text.toCharArray();
            expected.add(text);
            symbols[i] = Symbol.of(text);
        }
        this.expected = List.copyOf(expected);
        List<Class<?>> enums = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Enum<?> constant && !enums.contains(constant.getDeclaringClass())) {
                enums.add(constant.getDeclaringClass());
                offsets.add(i - constant.ordinal());
            }
        }
        this.enums = enums.toArray(Class<?>[]::new);
        this.enumOffsets = offsets.stream().mapToInt(Integer::intValue).toArray();
        this.slots = new int[Integer.highestOneBit(Math.max(4, names.length * 4))];
        for (int i = 0; i < names.length; i++) {
            int slot = hash(names[i], 0, names[i].length) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
    }

    /**
     * A hash of a name from its length and four of its characters, not all of them: a constant such as
     * {@code HUMANITARIAN_PERSONNEL_PROTECTION} is read often, and names that share it are told apart by
     * comparing the whole name, as every candidate is.
     */
    private static int hash(char[] text, int at, int length) {
        if (length == 0) {
            return 0;
        }
        int hash = length;
        hash = 31 * hash + text[at];
        hash = 31 * hash + text[at + (length >>> 2)];
        hash = 31 * hash + text[at + (length >>> 1)];
        hash = 31 * hash + text[at + length - 1];
        return hash ^ (hash >>> 16);
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
        for (int slot = hash(text, at, length) & (slots.length - 1), i; (i = slots[slot] - 1) >= 0;
                slot = (slot + 1) & (slots.length - 1)) {
            char[] name = names[i];
            if (name.length == length && Arrays.equals(name, 0, length, text, at, at + length)) {
                return values.get(i);
            }
        }
        throw Problems.unknownValue(in, field, expected);
    }

    @Override
    void write(E value, TokenWriter out) throws IOException {
        int i = indexOf(value);
        if (i < 0) {
            throw new WriteFailure(Messages.quote(String.valueOf(value)), "expected one of " + expected);
        }
        out.symbol(symbols[i]);
    }

    /** An enum's constants are in the order of their ordinals, after its offset: no search for them. */
    private int indexOf(E value) {
        if (value instanceof Enum<?> constant) {
            Class<?> type = constant.getDeclaringClass();
            for (int k = 0; k < enums.length; k++) {
                if (enums[k] == type) {
                    int i = enumOffsets[k] + constant.ordinal();
                    if (i >= 0 && i < values.size() && values.get(i) == value) {
                        return i;
                    }
                    break;
                }
            }
        }
        return values.indexOf(value);
    }
}
