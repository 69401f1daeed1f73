package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The characters of a document being written, held until the document is complete so that a writer
 * that fails leaves nothing in its output; at most {@link Limits#MAX_DOCUMENT_LENGTH}, which the
 * readers accept, and refused beyond ({@link WriteRefusal}).
 *
 * <p>This class is not thread-safe: one writing is one thread's.
 */
public final class BoundedChars extends Writer {

    private char[] chars = new char[8192];
    private int size;
    private boolean over;

    @Override
    public void write(char[] c, int offset, int length) {
        if (over) {
            return;
        }
        if (size + (long) length > Limits.MAX_DOCUMENT_LENGTH) {
            over = true;
            throw Bounds.over("characters");
        }
        if (size + length > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(Math.max(chars.length * 2L, size + length),
                    Limits.MAX_DOCUMENT_LENGTH));
        }
        System.arraycopy(c, offset, chars, size, length);
        size += length;
    }

    @Override
    public void flush() {
        // Nothing leaves before the document is complete.
    }

    @Override
    public void close() {
        // The characters stay readable.
    }

    /**
     * Writes the document to its destination.
     *
     * @param out  the destination, not null
     * @throws IOException if the destination fails
     */
    public void writeTo(Writer out) throws IOException {
        out.write(chars, 0, size);
    }

    /**
     * Returns the document.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return new String(chars, 0, size);
    }
}
