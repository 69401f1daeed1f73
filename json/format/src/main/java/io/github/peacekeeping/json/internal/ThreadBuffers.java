package io.github.peacekeeping.json.internal;

/**
 * The byte buffer that each thread keeps between documents, up to {@value #KEPT} bytes: most documents
 * are written ({@link BoundedBytes}) and read ({@link Utf8Documents}) without allocating one, as Jackson
 * keeps its own buffers. A buffer is taken, not shared: a document handled while another is (a nested
 * writer) gets its own; a buffer that is never given back is left to the garbage collector.
 *
 * <p>This class is thread-safe.
 */
final class ThreadBuffers {

    /** The largest buffer a thread keeps between documents. */
    static final int KEPT = 1 << 16;
    /** The size of a new buffer. */
    static final int INITIAL = 8192;
    /**
     * Each thread's kept buffer, in a holder of its own: taking and giving back a buffer are then two
     * writes of a field, not a removal and a new entry of the thread-local map each time.
     */
    private static final ThreadLocal<byte[][]> SPARE = ThreadLocal.withInitial(() -> new byte[1][]);

    private ThreadBuffers() {
    }

    /**
     * Takes the thread's kept buffer, or makes one of {@value #INITIAL} bytes.
     *
     * @return the buffer, not null, the thread's no longer
     */
    static byte[] take() {
        byte[][] kept = SPARE.get();
        byte[] spare = kept[0];
        if (spare == null) {
            return new byte[INITIAL];
        }
        kept[0] = null;
        return spare;
    }

    /**
     * Gives a buffer to the thread to keep, if it is not larger than {@value #KEPT} bytes.
     *
     * @param buffer  the buffer, not null, no longer used by the caller
     */
    static void keep(byte[] buffer) {
        if (buffer.length <= KEPT) {
            SPARE.get()[0] = buffer;
        }
    }
}
