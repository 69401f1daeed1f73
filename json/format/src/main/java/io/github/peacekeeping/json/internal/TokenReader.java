package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A stream of JSON tokens, as a binding's parser delivers them: what the readers of the format need
 * and nothing more, so that the same readers serve Jackson 2 and Jackson 3. Positions are packed into a
 * {@code long} by {@link Positions}, so that a reader can remember where a value began without
 * allocating.
 *
 * <p>Methods throw {@link IOException} when the input fails; the parser's own errors (malformed JSON,
 * limits) are the binding's exceptions, which it converts with {@link Problems#parser}.
 */
public interface TokenReader {

    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of the input
     * @throws IOException if the input fails
     */
    Token next() throws IOException;

    /**
     * Moves to the next token and returns its name if it is a field name.
     *
     * @return the field name, or null if the token is something else (the end of the object)
     * @throws IOException if the input fails
     */
    String nextName() throws IOException;

    /**
     * Moves to the next token and returns its name if it is a field name, as {@link #nextName()}, when the
     * name is likely to be the one given: the format writes an object's fields in their declared order,
     * and a parser can match the input to the name's bytes without looking the name up.
     *
     * @param expected  the name expected, not null
     * @return the field name, the expected symbol's {@link Symbol#text() text} itself if it matched, or null
     *         if the token is something else (the end of the object)
     * @throws IOException if the input fails
     */
    default String nextName(Symbol expected) throws IOException {
        return nextName();
    }

    /**
     * Returns the current token.
     *
     * @return the token, or null before the first and after the last
     */
    Token current();

    /**
     * Returns the text of the current string value or field name.
     *
     * @return the text, not null
     * @throws IOException if the input fails
     */
    String text() throws IOException;

    /**
     * Returns the buffer holding the text of the current string value, for reading without a copy.
     *
     * @return the buffer, valid until the next move; the text starts at {@link #textOffset()}
     * @throws IOException if the input fails
     */
    char[] textCharacters() throws IOException;

    /**
     * Returns where the text of the current string value starts in {@link #textCharacters()}.
     *
     * @return the offset
     * @throws IOException if the input fails
     */
    int textOffset() throws IOException;

    /**
     * Returns the length of the text of the current string value.
     *
     * @return the length in characters
     * @throws IOException if the input fails
     */
    int textLength() throws IOException;

    /**
     * Tells whether the current {@link Token#INTEGER} fits an {@code int}.
     *
     * @return true if it does
     * @throws IOException if the input fails
     */
    boolean isInt() throws IOException;

    /**
     * Returns the current number as an {@code int}; valid when {@link #isInt()}.
     *
     * @return the value
     * @throws IOException if the input fails
     */
    int intValue() throws IOException;

    /**
     * Returns the current number exactly.
     *
     * @return the value, not null
     * @throws IOException if the input fails
     * @throws NumberFormatException if the number cannot be represented
     */
    BigDecimal decimalValue() throws IOException;

    /**
     * Skips the current value: on the start of an object or array, to its end; on a scalar, nothing.
     *
     * @throws IOException if the input fails
     */
    void skipChildren() throws IOException;

    /**
     * Returns where the current token starts.
     *
     * @return the packed line and column ({@link Positions}), {@link Positions#UNKNOWN} if unknown
     */
    long position();

    /**
     * Returns where the parser is: just after the last character it read.
     *
     * @return the packed line and column ({@link Positions}), {@link Positions#UNKNOWN} if unknown
     */
    long location();

    /**
     * Returns how many arrays and objects enclose the current token's context: 0 at the root.
     *
     * @return the depth, not negative
     */
    int depth();

    /**
     * Tells whether the context at a level is an array.
     *
     * @param level  from 1, the outermost, to {@link #depth()}, the current
     * @return true for an array, false for an object
     */
    boolean inArray(int level);

    /**
     * Returns the index of the current element of the array at a level.
     *
     * @param level  from 1 to {@link #depth()}
     * @return the index from 0, or -1 before the first element
     */
    int index(int level);

    /**
     * Returns the current field name of the object at a level.
     *
     * @param level  from 1 to {@link #depth()}
     * @return the name, or null before the first field
     */
    String name(int level);
}
