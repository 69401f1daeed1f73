package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of a document being written, held until the document is complete so that a writer that
 * fails leaves nothing in its output; at most {@link Limits#MAX_DOCUMENT_LENGTH}, which the readers
 * accept, and refused beyond ({@link WriteRefusal}).
 *
 * <p>The buffer is the thread's kept one ({@link ThreadBuffers}), given back by
 * {@link #writeTo(OutputStream)}; a writing that fails leaves its buffer to the garbage collector.
 *
 * <p>This class is not thread-safe: one writing is one thread's.
 */
public final class BoundedBytes extends OutputStream {

    private byte[] bytes;
    private int size;
    private boolean over;

    /** Starts a document, in the buffer the thread kept if it has one. */
    public BoundedBytes() {
        bytes = ThreadBuffers.take();
    }

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
     * Makes room for a number of bytes that a writer puts straight into {@link #array()} from
     * {@link #size()}, then counts with {@link #advance(int)}: the bytes of a value, without a copy.
     *
     * @param more  the number of bytes, exactly as many as will be written
     * @throws io.github.peacekeeping.core.PeacekeepingException if the document would exceed the readers' limit
     */
    void reserve(int more) {
        if (!ensure(more)) {
            throw Bounds.over("bytes");
        }
    }

    /** The buffer: valid until the next {@link #reserve(int)}. */
    byte[] array() {
        return bytes;
    }

    /** The number of bytes held. */
    int size() {
        return size;
    }

    /** Counts bytes put into {@link #array()} after {@link #reserve(int)}. */
    void advance(int count) {
        size += count;
    }

    /**
     * Writes the document to its destination and gives the buffer back to the thread: call it once, when
     * the document is complete; nothing may be written after.
     *
     * @param out  the destination, not null
     * @throws IOException if the destination fails
     */
    public void writeTo(OutputStream out) throws IOException {
        byte[] written = bytes;
        bytes = null;
        try {
            out.write(written, 0, size);
        } finally {
            ThreadBuffers.keep(written);
        }
    }
}
