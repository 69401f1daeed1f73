package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link TokenWriter} that writes compact JSON in UTF-8 straight into a {@link BoundedBytes}: the
 * text a binding's generator writes for the same tokens, byte for byte (names and constants encoded
 * once, a quotation mark and a backslash escaped with a backslash, the control characters by their short
 * escapes (b, t, n, f, r) or as a backslash, {@code u00} and two hexadecimal digits in upper case, every
 * other character in UTF-8), without a generator between the
 * format and the bytes. The bindings use it for mission documents written compact to a stream or a
 * file; a generator still writes pretty-printed text, text for a {@code Writer} and every JSON Lines file.
 * The writers check values before they reach it ({@link WriteChecks}): a surrogate without its pair
 * never does.
 *
 * <p>This class is not thread-safe: one writing is one thread's.
 */
public final class Utf8Tokens implements TokenWriter {

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_TRUE = ",true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_FALSE = ",false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIN_VALUE = Integer.toString(Integer.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT_MIN_VALUE = ("," + Integer.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 if written as it is, else the letter of its escape ('u' for u00XX). */
    private static final byte[] ESCAPES = Escapes.encoding();

    /*
     * Each symbol in quotes, in UTF-8, by Symbol.id(), encoded with ESCAPES (made above): as a value,
     * as a name with its colon, and each again after a comma, so that a name or a constant is one copy.
     */
    private static final byte[][] VALUES = Symbol.encodeAll(text -> quoted("", text, ""), byte[][]::new);
    private static final byte[][] NEXT_VALUES = Symbol.encodeAll(text -> quoted(",", text, ""), byte[][]::new);
    private static final byte[][] NAMES = Symbol.encodeAll(text -> quoted("", text, ":"), byte[][]::new);
    private static final byte[][] NEXT_NAMES = Symbol.encodeAll(text -> quoted(",", text, ":"), byte[][]::new);

    private final BoundedBytes out;
    /** The document's buffer and the next byte's place in it; {@link #end()} gives the count back. */
    private byte[] buf;
    private int pos;
    private final char[] buffer = new char[BUFFER];
    /** The characters of a String value, copied to be encoded from an array. */
    private char[] scratch = new char[64];
    /** Whether the next value or name follows another at its level, and so needs a comma first. */
    private boolean comma;

    Utf8Tokens(BoundedBytes out) {
        this.out = out;
        this.buf = out.array();
        this.pos = out.size();
    }

    /**
     * Writes a value as compact JSON into a document's bytes.
     *
     * @param <T>     the value's type
     * @param value   the value's description, not null
     * @param object  the value, not null
     * @param out     the document's bytes, not null
     * @throws IOException never from the bytes themselves
     * @throws io.github.peacekeeping.core.PeacekeepingException if the format cannot hold a value
     */
    public static <T> void write(Value<T> value, T object, BoundedBytes out) throws IOException {
        Utf8Tokens tokens = new Utf8Tokens(out);
        value.writeValue(object, tokens);
        tokens.end();
    }

    /** Counts the bytes written into the document's buffer: once the value is written, or before it grows. */
    void end() {
        out.advance(pos - out.size());
    }

    private static byte[] quoted(String before, String text, String after) {
        char[] chars = text.toCharArray();
        byte[] quoted = new byte[before.length() + encodedLength(chars, 0, chars.length) + after.length()];
        int at = quote(chars, 0, chars.length, quoted, before.length());
        for (int i = 0; i < before.length(); i++) {
            quoted[i] = (byte) before.charAt(i);
        }
        for (int i = 0; i < after.length(); i++) {
            quoted[at + i] = (byte) after.charAt(i);
        }
        return quoted;
    }

    /**
     * Makes room for a number of bytes, exactly as many as the token takes: a document that ends a byte
     * short of the readers' limit is written whole.
     */
    private void room(int more) {
        if (pos + more > buf.length) {
            end();
            out.reserve(more);
            buf = out.array();
        }
    }

    /** Opens an object or an array: a comma first if it follows another value at its level. */
    private void open(byte bracket) {
        room(comma ? 2 : 1);
        if (comma) {
            buf[pos++] = ',';
        }
        buf[pos++] = bracket;
        comma = false;
    }

    /** Closes an object or an array, which is then a value that the next one follows. */
    private void close(byte bracket) {
        room(1);
        buf[pos++] = bracket;
        comma = true;
    }

    private void raw(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    @Override
    public void startObject() {
        open((byte) '{');
    }

    @Override
    public void endObject() {
        close((byte) '}');
    }

    @Override
    public void startArray(int size) {
        open((byte) '[');
    }

    @Override
    public void endArray() {
        close((byte) ']');
    }

    @Override
    public void name(Symbol name) {
        raw((comma ? NEXT_NAMES : NAMES)[name.id()]);
        comma = false;
    }

    @Override
    public void symbol(Symbol value) {
        raw((comma ? NEXT_VALUES : VALUES)[value.id()]);
        comma = true;
    }

    @Override
    public void string(String value) {
        int length = value.length();
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        value.getChars(0, length, scratch, 0);
        string(scratch, 0, length);
    }

    @Override
    public void string(char[] text, int offset, int length) {
        // At most six bytes a character (u00XX escapes); when that does not fit, exactly what it takes.
        if (pos + 6L * length + 3 > buf.length) {
            room(encodedLength(text, offset, length) + (comma ? 1 : 0));
        }
        if (comma) {
            buf[pos++] = ',';
        }
        pos = quote(text, offset, length, buf, pos);
        comma = true;
    }

    @Override
    public void plainString(char[] text, int offset, int length) {
        room(length + (comma ? 3 : 2));
        byte[] bytes = buf;
        int at = pos;
        if (comma) {
            bytes[at++] = ',';
        }
        bytes[at++] = '"';
        for (int i = 0; i < length; i++) {
            bytes[at + i] = (byte) text[offset + i];
        }
        at += length;
        bytes[at++] = '"';
        pos = at;
        comma = true;
    }

    /** The number of bytes of a string in quotes, escaped and encoded. */
    private static int encodedLength(char[] text, int offset, int length) {
        int bytes = 2;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                bytes += ESCAPES[c] == 0 ? 1 : ESCAPES[c] == 'u' ? 6 : 2;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Writes a string in quotes, escaped and encoded; returns where the next byte goes. */
    private static int quote(char[] text, int offset, int length, byte[] bytes, int at) {
        int end = offset + length;
        bytes[at++] = '"';
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    bytes[at++] = (byte) c;
                } else if (escape == 'u') {
                    bytes[at] = '\\';
                    bytes[at + 1] = 'u';
                    bytes[at + 2] = '0';
                    bytes[at + 3] = '0';
                    bytes[at + 4] = HEX[c >> 4];
                    bytes[at + 5] = HEX[c & 0xF];
                    at += 6;
                } else {
                    bytes[at] = '\\';
                    bytes[at + 1] = escape;
                    at += 2;
                }
            } else if (c < 0x800) {
                bytes[at] = (byte) (0xC0 | c >> 6);
                bytes[at + 1] = (byte) (0x80 | c & 0x3F);
                at += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                int code = Character.toCodePoint(c, text[++i]);
                bytes[at] = (byte) (0xF0 | code >> 18);
                bytes[at + 1] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[at + 2] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[at + 3] = (byte) (0x80 | code & 0x3F);
                at += 4;
            } else {
                bytes[at] = (byte) (0xE0 | c >> 12);
                bytes[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[at + 2] = (byte) (0x80 | c & 0x3F);
                at += 3;
            }
        }
        bytes[at++] = '"';
        return at;
    }

    @Override
    public void number(int value) {
        if (value == Integer.MIN_VALUE) {
            // The one int whose magnitude is not an int.
            raw(comma ? NEXT_MIN_VALUE : MIN_VALUE);
            comma = true;
            return;
        }
        int magnitude = Math.abs(value);
        int digits = digits(magnitude);
        room(digits + (value < 0 ? 1 : 0) + (comma ? 1 : 0));
        byte[] b = buf;
        int at = pos;
        if (comma) {
            b[at++] = ',';
        }
        if (value < 0) {
            b[at++] = '-';
        }
        at += digits;
        pos = at;
        do {
            int next = magnitude / 10;
            b[--at] = (byte) ('0' + magnitude - next * 10);
            magnitude = next;
        } while (magnitude != 0);
        comma = true;
    }

    /** The number of digits of a number that is not negative. */
    private static int digits(int value) {
        int digits = 1;
        for (int bound = 10; digits < 10 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    @Override
    public void bool(boolean value) {
        raw(comma ? (value ? NEXT_TRUE : NEXT_FALSE) : value ? TRUE : FALSE);
        comma = true;
    }

    @Override
    public char[] buffer() {
        return buffer;
    }
}
