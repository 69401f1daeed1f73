package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of a document being written, held until the document is complete so that a writer that
 * fails leaves nothing in its output; at most {@link Limits#MAX_DOCUMENT_LENGTH}, which the readers
 * accept, and refused beyond ({@link WriteRefusal}).
 *
 * <p>This class is not thread-safe: one writing is one thread's.
 */
public final class BoundedBytes extends OutputStream {

    private byte[] bytes = new byte[8192];
    private int size;
    private boolean over;

    @Override
    public void write(int b) {
        if (ensure(1)) {
            bytes[size++] = (byte) b;
        }
    }

    @Override
    public void write(byte[] b, int offset, int length) {
        if (ensure(length)) {
            System.arraycopy(b, offset, bytes, size, length);
            size += length;
        }
    }

    private boolean ensure(int more) {
        if (over) {
            return false;
        }
        if (size + (long) more > Limits.MAX_DOCUMENT_LENGTH) {
            over = true;
            throw Bounds.over("bytes");
        }
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(bytes.length * 2L, size + more),
                    Limits.MAX_DOCUMENT_LENGTH));
        }
        return true;
    }

    /**
     * Writes the document to its destination.
     *
     * @param out  the destination, not null
     * @throws IOException if the destination fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }
}
