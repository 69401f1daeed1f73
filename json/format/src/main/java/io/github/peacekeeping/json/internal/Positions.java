package io.github.peacekeeping.json.internal;

/**
 * Token positions packed into a {@code long}, line in the high half and column in the low half, so
 * that readers remember where each value began without allocating.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Positions {

    /** The position of a field that was not read. */
    public static final long NOT_SEEN = 0L;
    /** The position of a token whose location the parser does not know. */
    public static final long UNKNOWN = -1L;

    private Positions() {
    }

    /**
     * Packs a line and a column.
     *
     * @param line    the line, from 1; 0 or less for unknown
     * @param column  the column, from 1
     * @return the position, {@link #UNKNOWN} if the line is unknown
     */
    public static long of(long line, long column) {
        return line <= 0 ? UNKNOWN : (line << 32) | (column & 0xffffffffL);
    }

    /**
     * Returns the line of a position.
     *
     * @param position  the position
     * @return the line, from 1, or -1 if unknown
     */
    public static int line(long position) {
        return position == UNKNOWN || position == NOT_SEEN ? -1 : (int) (position >>> 32);
    }

    /**
     * Returns the column of a position.
     *
     * @param position  the position
     * @return the column, from 1, or -1 if unknown
     */
    public static int column(long position) {
        return position == UNKNOWN || position == NOT_SEEN ? -1 : (int) position;
    }
}
