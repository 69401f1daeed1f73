package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The tokens of one object, recorded from a reader with their positions and read again: a
 * {@link Union} whose discriminator does not come first reads it from the recording, then the
 * variant's fields. Paths continue those of the reader it was recorded from. Only such objects are
 * recorded: the writers always put the discriminator first.
 *
 * <p>This class is not thread-safe: one reading is one thread's.
 */
final class Recording implements TokenReader {

    private final TokenReader base;
    /** The depth of the recorded object's parent in the base reader. */
    private final int baseDepth;
    private Token[] tokens = new Token[64];
    private String[] texts = new String[64];
    private long[] positions = new long[64];
    private int size;

    /** The index of the current token. */
    private int at;
    /** The contexts inside the recording, from level 1, the recorded object. */
    private boolean[] arrays = new boolean[8];
    private int[] indexes = new int[8];
    private String[] names = new String[8];
    private int depth;

    private Recording(TokenReader base) {
        this.base = base;
        this.baseDepth = base.depth() - 1;
    }

    /**
     * Records an object from its first field name, the reader's current token, to its end, where it
     * leaves the reader; the recording is then on that name.
     */
    static Recording of(TokenReader in, String first) throws IOException {
        Recording recording = new Recording(in);
        int nesting = 0;
        for (Token token = in.current(); ; token = in.next()) {
            recording.add(token, token == Token.NAME || token.isScalar() && token != Token.NULL
                    && token != Token.TRUE && token != Token.FALSE ? in.text() : null, in.position());
            if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
                nesting++;
            } else if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
                if (nesting-- == 0) {
                    break;
                }
            }
        }
        recording.rewind();
        return recording;
    }

    private void add(Token token, String text, long position) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
            positions = Arrays.copyOf(positions, size * 2);
        }
        tokens[size] = token;
        texts[size] = text;
        positions[size] = position;
        size++;
    }

    /** Goes back to the first field name. */
    void rewind() {
        at = 0;
        depth = 1;
        arrays[1] = false;
        names[1] = texts[0];
    }

    /**
     * Goes to the value of a field of the recorded object itself.
     *
     * @return false if the object has no such field
     */
    boolean seekValueOf(String field) throws IOException {
        rewind();
        for (String name = texts[0]; name != null; name = nextName()) {
            if (name.equals(field)) {
                next();
                return true;
            }
            next();
            skipChildren();
        }
        return false;
    }

    private void push(boolean array) {
        depth++;
        if (depth == arrays.length) {
            arrays = Arrays.copyOf(arrays, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
            names = Arrays.copyOf(names, depth * 2);
        }
        arrays[depth] = array;
        indexes[depth] = -1;
        names[depth] = null;
    }

    @Override
    public Token next() {
        if (at + 1 >= size) {
            at = size;
            return null;
        }
        Token previous = tokens[at];
        if (previous == Token.END_OBJECT || previous == Token.END_ARRAY) {
            depth--;
        }
        Token token = tokens[++at];
        if (token != Token.NAME && token != Token.END_OBJECT && token != Token.END_ARRAY && arrays[depth]) {
            indexes[depth]++;
        }
        if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
            push(token == Token.START_ARRAY);
        } else if (token == Token.NAME) {
            names[depth] = texts[at];
        }
        return token;
    }

    @Override
    public String nextName() {
        return next() == Token.NAME ? texts[at] : null;
    }

    @Override
    public Token current() {
        return at < size ? tokens[at] : null;
    }

    @Override
    public String text() {
        return texts[at];
    }

    @Override
    public char[] textCharacters() {
        return texts[at].toCharArray();
    }

    @Override
    public int textOffset() {
        return 0;
    }

    @Override
    public int textLength() {
        return texts[at].length();
    }

    @Override
    public boolean isInt() {
        try {
            Integer.parseInt(texts[at]);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public int intValue() {
        return Integer.parseInt(texts[at]);
    }

    @Override
    public BigDecimal decimalValue() {
        return new BigDecimal(texts[at]);
    }

    @Override
    public void skipChildren() {
        Token token = current();
        if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
            return;
        }
        int nesting = 1;
        while (nesting > 0) {
            Token next = next();
            if (next == Token.START_OBJECT || next == Token.START_ARRAY) {
                nesting++;
            } else if (next == Token.END_OBJECT || next == Token.END_ARRAY) {
                nesting--;
            }
        }
    }

    @Override
    public long position() {
        return positions[Math.min(at, size - 1)];
    }

    @Override
    public long location() {
        return position();
    }

    @Override
    public int depth() {
        Token token = current();
        // On the end of an object or array, the context is its parent's, as the parsers report it.
        return baseDepth + (token == Token.END_OBJECT || token == Token.END_ARRAY ? depth - 1 : depth);
    }

    @Override
    public boolean inArray(int level) {
        return level <= baseDepth ? base.inArray(level) : arrays[level - baseDepth];
    }

    @Override
    public int index(int level) {
        return level <= baseDepth ? base.index(level) : indexes[level - baseDepth];
    }

    @Override
    public String name(int level) {
        return level <= baseDepth ? base.name(level) : names[level - baseDepth];
    }
}
