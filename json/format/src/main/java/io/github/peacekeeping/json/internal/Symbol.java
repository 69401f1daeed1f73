package io.github.peacekeeping.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A string that the writers know in advance, a field name or a constant, with a small number that
 * lets each binding encode it once ({@link #encodeAll}) and find the encoding by index.
 *
 * <p>Every symbol is made while the description {@link Format} is initialized; the set is closed after
 * that, when a binding first encodes it. This class is immutable and thread-safe.
 */
public final class Symbol {

    private static final List<Symbol> ALL = new ArrayList<>();
    private static boolean closed;

    private final String text;
    private final int id;
    /** The text as a document holds it, if it needs no escape (every name of the format); else null. */
    private final QuotedName quoted;

    private Symbol(String text, int id) {
        this.text = text;
        this.id = id;
        this.quoted = Escapes.plain(text) ? QuotedName.of(text.getBytes(StandardCharsets.UTF_8)) : null;
    }

    /**
     * Makes a symbol; only while the description is initialized.
     *
     * @param text  the text, not null
     * @return the symbol, not null
     */
    static synchronized Symbol of(String text) {
        if (closed) {
            throw new IllegalStateException("symbols are made while Format is initialized, not after: " + text);
        }
        Symbol symbol = new Symbol(text, ALL.size());
        ALL.add(symbol);
        return symbol;
    }

    /**
     * Encodes every symbol, after initializing the description: the encoding of a symbol is at its
     * {@link #id()} in the array returned.
     *
     * @param <E>     the binding's encoded string
     * @param encode  the binding's encoding, not null
     * @param array   makes an array of the size given, not null
     * @return the encodings, indexed by id
     */
    public static <E> E[] encodeAll(Function<String, E> encode, IntFunction<E[]> array) {
        Format.load();
        synchronized (Symbol.class) {
            closed = true;
            E[] encoded = array.apply(ALL.size());
            for (Symbol symbol : ALL) {
                encoded[symbol.id] = encode.apply(symbol.text);
            }
            return encoded;
        }
    }

    /**
     * Returns the text.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the index of the symbol's encoding in the array of {@link #encodeAll}.
     *
     * @return the index, from 0
     */
    public int id() {
        return id;
    }

    /**
     * Returns the text as a document holds it after the opening quotation mark, when it needs no escape.
     *
     * @return the text in UTF-8 and the closing quotation mark; null if the text has a character that JSON escapes
     */
    QuotedName quoted() {
        return quoted;
    }

    /**
     * Returns the text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return text;
    }
}
