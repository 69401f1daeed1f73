package io.github.peacekeeping.json.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict JSON parser of UTF-8 bytes held in memory: the readers' fast path for documents of bytes
 * ({@link Utf8Documents}) and for JSON Lines ({@link Utf8Lines}). It reads only what it reads exactly as the
 * binding's parser would, to the same tokens, names, characters and numbers, and otherwise gives up
 * ({@link Unreadable}) so that the binding's parser reads the same bytes again and decides: malformed JSON
 * (RFC 8259, without the extensions Jackson leaves off: no comments, no single quotes, no leading zeros, no
 * trailing commas, no control characters in strings), UTF-8 that is not in its shortest form or encodes a
 * surrogate or more than U+10FFFF, an escaped surrogate (Jackson refuses some in names), a string, name or
 * number at or beyond the readers' limits or nesting as deep as theirs, and content after the document.
 * Every error is thus reported by the binding, with its message and position; this parser's own positions
 * (line by line, the column counted in bytes) only tell the readers where a value began and JSON Lines
 * where a line ends.
 *
 * <p>This class is not thread-safe: one reading is one thread's.
 */
final class Utf8Parser implements TokenReader {

    /**
     * Thrown where the parser leaves a document to the binding's parser: made once, without a stack trace,
     * since it is a decision and not an error.
     */
    static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private Unreadable() {
            super("left to the binding's parser", null, false, false);
        }
    }

    static final Unreadable UNREADABLE = new Unreadable();

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** The value of each ASCII hexadecimal digit, -1 for the other characters. */
    private static final int[] HEX = new int[0x80];
    /** What each short escape stands for ({@code \n}...), 0 for the letters that are not one. */
    private static final char[] ESCAPED = Escapes.decoding();
    /** The integers of at most this many digits are read exactly in a {@code long}. */
    static final int LONG_DIGITS = 18;

    static {
        Arrays.fill(HEX, -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX[c] = c - '0';
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = c - 'a' + 10;
            HEX[c - 'a' + 'A'] = c - 'a' + 10;
        }
    }

    private byte[] buf;
    private int end;
    /** The next byte to read. */
    private int pos;
    private Token current;
    private int tokenStart;
    private int line;
    private int lineStart;

    /** The current string's characters (or a name's, when read without its symbol). */
    private char[] chars = new char[64];
    private int length;
    /** The current string as a String, once asked for. */
    private String text;
    /** The current field name. */
    private String name;
    private int numberStart;
    private int numberEnd;
    private boolean isInt;
    private int intValue;

    /** The open arrays and objects, from 1; level 0 is the document. */
    private int depth;
    private final boolean[] arrays = new boolean[Limits.MAX_NESTING_DEPTH];
    private final int[] indexes = new int[Limits.MAX_NESTING_DEPTH];
    private final String[] names = new String[Limits.MAX_NESTING_DEPTH];
    /** Whether a value ended last at the current level, so that a comma comes before the next. */
    private boolean afterValue;
    /** Whether a name was read last, so that its value comes next. */
    private boolean afterName;
    /** Whether the document's value has ended. */
    private boolean ended;

    /**
     * Reads the bytes of a document.
     *
     * @param bytes   the bytes, in UTF-8; not copied, not changed
     * @param length  the number of bytes from the start of the array that the document has
     */
    Utf8Parser(byte[] bytes, int length) {
        // A byte order mark is not text: left out, as Jackson leaves it out.
        reset(bytes, startsWithByteOrderMark(bytes, 0, length) ? 3 : 0, length);
    }

    /**
     * Tells whether bytes start with the byte order mark in UTF-8, as Jackson sees it: only in an input of
     * four bytes or more (it reads the mark with the first four).
     */
    static boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
        return to - from >= 4 && bytes[from] == (byte) 0xef && bytes[from + 1] == (byte) 0xbb
                && bytes[from + 2] == (byte) 0xbf;
    }

    /** A parser of nothing yet: {@link #reset(byte[], int, int)} gives it its bytes. */
    Utf8Parser() {
        reset(new byte[0], 0, 0);
    }

    /**
     * Starts reading other bytes, such as the next line of JSON Lines, with the buffers of the last.
     *
     * @param bytes  the bytes, in UTF-8; not copied, not changed
     * @param from   the index of the first byte to read
     * @param to     the index after the last
     */
    void reset(byte[] bytes, int from, int to) {
        buf = bytes;
        end = to;
        pos = from;
        tokenStart = from;
        lineStart = from;
        line = 1;
        current = null;
        depth = 0;
        afterValue = false;
        afterName = false;
        ended = false;
    }

    // ---- tokens

    @Override
    public Token next() {
        int c = skipWhitespace();
        if (depth == 0) {
            if (ended) {
                if (c < 0) {
                    return current = null;
                }
                throw UNREADABLE;
            }
            return c < 0 ? (current = null) : value(c);
        }
        if (arrays[depth]) {
            if (c == ']') {
                return close(Token.END_ARRAY);
            }
            c = comma(c);
            indexes[depth]++;
            return value(c);
        }
        if (afterName) {
            afterName = false;
            return value(c);
        }
        return name(c, null) == null ? Token.END_OBJECT : Token.NAME;
    }

    @Override
    public String nextName() {
        return nextName(null);
    }

    @Override
    public String nextName(Symbol expected) {
        if (depth == 0 || arrays[depth] || afterName) {
            return next() == Token.NAME ? name : null;
        }
        return name(skipWhitespace(), expected);
    }

    /**
     * Reads the end of an object or its next field's name, and the colon after it.
     *
     * @param c         the next byte, after whitespace
     * @param expected  the name foreseen, or null
     * @return the name, or null at the end of the object
     */
    private String name(int c, Symbol expected) {
        if (c == '}') {
            close(Token.END_OBJECT);
            return null;
        }
        c = comma(c);
        if (c != '"') {
            throw UNREADABLE;
        }
        tokenStart = pos;
        QuotedName quoted;
        if (expected != null && (quoted = expected.quoted()) != null && quoted.isAt(buf, pos + 1, end)) {
            pos += quoted.length() + 1;
            name = expected.text();
        } else {
            int n = string(Limits.MAX_NAME_LENGTH);
            name = new String(chars, 0, n);
        }
        if (skipWhitespace() != ':') {
            throw UNREADABLE;
        }
        pos++;
        names[depth] = name;
        afterName = true;
        current = Token.NAME;
        return name;
    }

    /** Passes the comma before a value or a name that follows another; returns the byte after it. */
    private int comma(int c) {
        if (!afterValue) {
            return c;
        }
        if (c != ',') {
            throw UNREADABLE;
        }
        pos++;
        return skipWhitespace();
    }

    private Token value(int c) {
        tokenStart = pos;
        switch (c) {
            case '{':
                return open(false, Token.START_OBJECT);
            case '[':
                return open(true, Token.START_ARRAY);
            case '"':
                length = string(Limits.MAX_STRING_LENGTH);
                text = null;
                return ended(Token.STRING);
            case 't':
                return ended(literal(TRUE, Token.TRUE));
            case 'f':
                return ended(literal(FALSE, Token.FALSE));
            case 'n':
                return ended(literal(NULL, Token.NULL));
            default:
                if (c == '-' || c >= '0' && c <= '9') {
                    return ended(number());
                }
                throw UNREADABLE;
        }
    }

    private Token open(boolean array, Token token) {
        if (depth + 1 >= Limits.MAX_NESTING_DEPTH) {
            throw UNREADABLE;
        }
        pos++;
        depth++;
        arrays[depth] = array;
        indexes[depth] = -1;
        names[depth] = null;
        afterValue = false;
        afterName = false;
        return current = token;
    }

    private Token close(Token token) {
        tokenStart = pos;
        pos++;
        depth--;
        afterName = false;
        return ended(token);
    }

    /** A value ended: a comma comes before the next one at its level. */
    private Token ended(Token token) {
        afterValue = true;
        if (depth == 0) {
            ended = true;
        }
        return current = token;
    }

    private Token literal(byte[] literal, Token token) {
        int after = pos + literal.length;
        if (after > end) {
            throw UNREADABLE;
        }
        // Four or five bytes: a loop beats a call to the vectorized comparison.
        for (int i = 0; i < literal.length; i++) {
            if (buf[pos + i] != literal[i]) {
                throw UNREADABLE;
            }
        }
        pos = delimited(after);
        return token;
    }

    /** Checks that a scalar ends where a value may end: before whitespace, a comma, a bracket or the end. */
    private int delimited(int at) {
        if (at < end) {
            int c = buf[at];
            if (c != ',' && c != ']' && c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw UNREADABLE;
            }
        }
        return at;
    }

    private int skipWhitespace() {
        byte[] b = buf;
        int p = pos;
        for (; p < end; p++) {
            int c = b[p];
            if (c > ' ') {
                pos = p;
                return c;
            }
            if (c == '\n' || c == '\r' && (p + 1 == end || b[p + 1] != '\n')) {
                // A line ends at LF, CR LF or CR alone, as for the binding's parser.
                line++;
                lineStart = p + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                // A control character or a byte outside ASCII.
                pos = p;
                throw UNREADABLE;
            }
        }
        pos = p;
        return -1;
    }

    /**
     * Passes the rest of the line after a document's value, for JSON Lines: spaces, tabs, and a carriage
     * return before the line feed.
     *
     * @return the index of the line feed; the end of the bytes if they end first; -1 if the line holds more
     */
    int restOfLine() {
        byte[] b = buf;
        for (int p = pos; p < end; p++) {
            int c = b[p];
            if (c == '\n') {
                return p;
            }
            if (c != ' ' && c != '\t' && !(c == '\r' && (p + 1 == end || b[p + 1] == '\n'))) {
                return -1;
            }
        }
        return end;
    }

    /** The index in the bytes where the current token starts. */
    int tokenIndex() {
        return tokenStart;
    }

    // ---- strings

    /**
     * Reads a string into {@link #chars}, from its opening quotation mark to after its closing one.
     *
     * @param limit  the readers' limit: a string of this many bytes or more is left to the binding
     * @return the number of characters
     */
    private int string(int limit) {
        byte[] b = buf;
        int start = pos + 1;
        // Most strings are plain ASCII: widened as they are scanned, in one pass; the buffer grows when
        // a string reaches its end before the string's.
        char[] c = chars;
        int p = start;
        for (;;) {
            int stop = Math.min(end, start + c.length - 2);
            for (int x; p < stop && (x = b[p]) >= 0x20 && x != '"' && x != '\\'; p++) {
                c[p - start] = (char) x;
            }
            if (p < stop || p >= end) {
                break;
            }
            c = chars = Arrays.copyOf(c, c.length * 2);
        }
        int n = p - start;
        if (p >= end || b[p] != '"') {
            n = special(p, n);
            p = pos;
        }
        if (p - start >= limit) {
            throw UNREADABLE;
        }
        pos = p + 1;
        return n;
    }

    /**
     * Reads the rest of a string from its first escape, byte outside ASCII or control character.
     *
     * @param p  the index of that byte
     * @param n  the number of characters read before it
     * @return the number of characters; {@link #pos} is at the closing quotation mark
     */
    private int special(int p, int n) {
        byte[] b = buf;
        char[] c = chars;
        for (;;) {
            if (p >= end) {
                throw UNREADABLE;
            }
            if (n + 2 > c.length) {
                c = chars = Arrays.copyOf(c, c.length * 2);
            }
            int x = b[p];
            if (x >= 0x20 && x != '"' && x != '\\') {
                c[n++] = (char) x;
                p++;
            } else if (x == '"') {
                pos = p;
                return n;
            } else if (x == '\\') {
                p = escape(p + 1, n);
                n++;
            } else if (x < 0) {
                int codePoint = codePoint(p, x & 0xff);
                p += codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                n += Character.toChars(codePoint, c, n);
            } else {
                throw UNREADABLE;
            }
        }
    }

    /** Reads an escape into {@code chars[n]}; {@code p} is after the backslash; returns the next byte's index. */
    private int escape(int p, int n) {
        if (p >= end) {
            throw UNREADABLE;
        }
        int e = buf[p];
        char c;
        if (e == 'u') {
            if (p + 4 >= end) {
                throw UNREADABLE;
            }
            int value = hex(buf[p + 1]) << 12 | hex(buf[p + 2]) << 8 | hex(buf[p + 3]) << 4 | hex(buf[p + 4]);
            // An escaped surrogate, paired or not, is left to Jackson, which refuses some in names.
            if (value < 0 || value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE) {
                throw UNREADABLE;
            }
            c = (char) value;
            p += 4;
        } else if (e < 0 || (c = ESCAPED[e]) == 0) {
            throw UNREADABLE;
        }
        chars[n] = c;
        return p + 1;
    }

    /** A hexadecimal digit's value, -1 for another byte: shifted and combined, the escape's value is negative. */
    private static int hex(byte b) {
        return b < 0 ? -1 : HEX[b];
    }

    /**
     * Decodes the code point whose UTF-8 starts at {@code p} with the lead byte {@code lead} (0x80 or
     * more), refusing what is not its shortest form, a surrogate or beyond U+10FFFF.
     */
    private int codePoint(int p, int lead) {
        int count;
        int value;
        int least;
        if (lead >= 0xc0 && lead < 0xe0) {
            count = 1;
            value = lead & 0x1f;
            least = 0x80;
        } else if (lead >= 0xe0 && lead < 0xf0) {
            count = 2;
            value = lead & 0x0f;
            least = 0x800;
        } else if (lead >= 0xf0 && lead < 0xf5) {
            count = 3;
            value = lead & 0x07;
            least = 0x10000;
        } else {
            throw UNREADABLE;
        }
        if (p + count >= end) {
            throw UNREADABLE;
        }
        for (int i = 1; i <= count; i++) {
            int next = buf[p + i];
            if ((next & 0xc0) != 0x80) {
                throw UNREADABLE;
            }
            value = value << 6 | next & 0x3f;
        }
        if (value < least || value > Character.MAX_CODE_POINT
                || value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE) {
            throw UNREADABLE;
        }
        return value;
    }

    // ---- numbers

    private Token number() {
        byte[] b = buf;
        int start = pos;
        int p = start;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long value = 0;
        int digits = 0;
        if (p < end && b[p] == '0') {
            p++;
            digits = 1;
        } else {
            for (int d; p < end && (d = b[p]) >= '0' && d <= '9'; p++, digits++) {
                if (digits == LONG_DIGITS) {
                    throw UNREADABLE;
                }
                value = value * 10 + d - '0';
            }
            if (digits == 0) {
                throw UNREADABLE;
            }
        }
        Token token = Token.INTEGER;
        if (p < end && b[p] == '.') {
            token = Token.DECIMAL;
            p = digits(p + 1);
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            token = Token.DECIMAL;
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            p = digits(p);
        }
        if (p - start >= Limits.MAX_NUMBER_LENGTH) {
            throw UNREADABLE;
        }
        pos = delimited(p);
        numberStart = start;
        numberEnd = p;
        long signed = negative ? -value : value;
        isInt = token == Token.INTEGER && signed >= Integer.MIN_VALUE && signed <= Integer.MAX_VALUE;
        intValue = (int) signed;
        return token;
    }

    /** Reads one digit or more from {@code p}; returns the index after them. */
    private int digits(int p) {
        int first = p;
        while (p < end && buf[p] >= '0' && buf[p] <= '9') {
            p++;
        }
        if (p == first) {
            throw UNREADABLE;
        }
        return p;
    }

    // ---- the current token

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String text() {
        if (current == null) {
            return null;
        }
        switch (current) {
            case STRING:
                if (text == null) {
                    text = new String(chars, 0, length);
                }
                return text;
            case NAME:
                return name;
            case INTEGER:
            case DECIMAL:
                return new String(buf, numberStart, numberEnd - numberStart, StandardCharsets.US_ASCII);
            case TRUE:
                return "true";
            case FALSE:
                return "false";
            case NULL:
                return "null";
            case START_OBJECT:
                return "{";
            case END_OBJECT:
                return "}";
            case START_ARRAY:
                return "[";
            default:
                return "]";
        }
    }

    @Override
    public char[] textCharacters() {
        return current == Token.STRING ? chars : text().toCharArray();
    }

    @Override
    public int textOffset() {
        return 0;
    }

    @Override
    public int textLength() {
        return current == Token.STRING ? length : text().length();
    }

    @Override
    public boolean isInt() {
        return current == Token.INTEGER && isInt;
    }

    @Override
    public int intValue() {
        if (!isInt()) {
            throw new IllegalStateException("not an int: " + current);
        }
        return intValue;
    }

    @Override
    public BigDecimal decimalValue() {
        if (current != Token.INTEGER && current != Token.DECIMAL) {
            throw new IllegalStateException("not a number: " + current);
        }
        return new BigDecimal(text());
    }

    @Override
    public void skipChildren() {
        if (current == Token.START_OBJECT || current == Token.START_ARRAY) {
            for (int level = depth - 1; depth > level; ) {
                next();
            }
        }
    }

    @Override
    public long position() {
        return Positions.of(line, tokenStart - lineStart);
    }

    @Override
    public long location() {
        return Positions.of(line, pos - lineStart);
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public boolean inArray(int level) {
        return arrays[level];
    }

    @Override
    public int index(int level) {
        return indexes[level];
    }

    @Override
    public String name(int level) {
        return names[level];
    }
}
