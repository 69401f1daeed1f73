package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of a document being written, held until the document is complete so that a writer that
 * fails leaves nothing in its output; at most {@link Limits#MAX_DOCUMENT_LENGTH}, which the readers
 * accept, and refused beyond ({@link WriteRefusal}).
 *
 * <p>A thread keeps the buffer of its last document, up to {@value #KEPT} bytes, for its next one: most
 * documents are written without allocating one, as Jackson keeps its own buffers. The buffer is given
 * back by {@link #writeTo(OutputStream)}; a writing that fails leaves its buffer to the garbage collector.
 *
 * <p>This class is not thread-safe: one writing is one thread's.
 */
public final class BoundedBytes extends OutputStream {

    /** The largest buffer a thread keeps between documents. */
    static final int KEPT = 1 << 16;
    /**
     * Each thread's kept buffer, in a holder of its own: taking and giving back a buffer are then two
     * writes of a field, not a removal and a new entry of the thread-local map each time.
     */
    private static final ThreadLocal<byte[][]> SPARE = ThreadLocal.withInitial(() -> new byte[1][]);

    private byte[] bytes;
    private int size;
    private boolean over;

    /** Starts a document, in the buffer the thread kept if it has one. */
    public BoundedBytes() {
        byte[][] kept = SPARE.get();
        byte[] spare = kept[0];
        if (spare == null) {
            bytes = new byte[8192];
        } else {
            // Taken, not shared: a document written while this one is (a nested writer) gets its own.
            kept[0] = null;
            bytes = spare;
        }
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
            if (written.length <= KEPT) {
                SPARE.get()[0] = written;
            }
        }
    }
}
