package io.github.peacekeeping.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A field's name as a document holds it after the opening quotation mark, when it needs no escape: its
 * UTF-8 and the closing quotation mark. {@link Utf8Parser} asks whether the name it foresees is there,
 * comparing eight bytes at a time, each eight read as one {@code long} whose lowest byte is the first.
 * This class is immutable and thread-safe.
 */
final class QuotedName {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The name's bytes and the quotation mark, in words of eight; the last word ends with the mark. */
    private final long[] words;
    /** The bits of the first word that hold the name and its mark: all of them for a name of seven bytes or more. */
    private final long firstMask;
    private final byte[] bytes;

    private QuotedName(byte[] utf8) {
        bytes = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        bytes[utf8.length] = '"';
        int length = bytes.length;
        if (length <= Long.BYTES) {
            words = new long[] {pack(bytes, 0, length)};
            firstMask = length == Long.BYTES ? -1L : (1L << 8 * length) - 1;
        } else {
            // Whole words from the start, then the last eight bytes, which may overlap the word before.
            words = new long[(length - 1) / Long.BYTES + 1];
            for (int i = 0; i < words.length - 1; i++) {
                words[i] = pack(bytes, i * Long.BYTES, Long.BYTES);
            }
            words[words.length - 1] = pack(bytes, length - Long.BYTES, Long.BYTES);
            firstMask = -1L;
        }
    }

    /**
     * Makes the quoted name of a name's UTF-8.
     *
     * @param utf8  the name's bytes, with no character that JSON escapes; not kept
     * @return the quoted name, not null
     */
    static QuotedName of(byte[] utf8) {
        return new QuotedName(utf8);
    }

    /** Eight bytes of a document as a word, the first the lowest. */
    private static long word(byte[] bytes, int at) {
        return (long) WORDS.get(bytes, at);
    }

    /** The bytes as a word, the first the lowest; the bytes after {@code count} are 0. */
    private static long pack(byte[] bytes, int from, int count) {
        long word = 0;
        for (int i = count - 1; i >= 0; i--) {
            word = word << 8 | bytes[from + i] & 0xff;
        }
        return word;
    }

    /**
     * Returns the number of bytes: the name's and the closing quotation mark.
     *
     * @return the number of bytes, at least 1
     */
    int length() {
        return bytes.length;
    }

    /**
     * Tells whether the bytes at an index are this name and its closing quotation mark.
     *
     * @param document  the bytes
     * @param from      the index after the opening quotation mark
     * @param end       the index after the document's last byte, at most the bytes' length
     * @return true if they are
     */
    boolean isAt(byte[] document, int from, int end) {
        int length = bytes.length;
        if (length <= Long.BYTES) {
            if (from + Long.BYTES <= end) {
                return ((word(document, from) ^ words[0]) & firstMask) == 0;
            }
            // Near the end of the document: byte by byte.
            if (from + length > end) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (document[from + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
        if (from + length > end) {
            return false;
        }
        int last = words.length - 1;
        for (int i = 0; i < last; i++) {
            if (word(document, from + i * Long.BYTES) != words[i]) {
                return false;
            }
        }
        return word(document, from + length - Long.BYTES) == words[last];
    }
}
