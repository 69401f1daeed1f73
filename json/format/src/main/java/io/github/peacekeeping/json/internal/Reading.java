package io.github.peacekeeping.json.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The state of one reading (a document, a JSON Lines file, a mapper's value): whether unknown fields are
 * refused, who else may handle them, and the positions of the fields of the objects being read, kept
 * in arrays reused from object to object so that reading allocates none.
 *
 * <p>This class is not thread-safe: one reading is one thread's.
 */
public final class Reading {

    /**
     * Handles an unknown field before the reader refuses or skips it: a mapper's problem handlers.
     */
    @FunctionalInterface
    public interface UnknownFieldHandler {

        /**
         * Handles an unknown field; the reader is on its value.
         *
         * @param in     the reader, not null
         * @param type   the type of the object being read, not null
         * @param field  the field's name, not null
         * @return true if the field was handled, its value consumed
         * @throws IOException if the input fails
         */
        boolean handle(TokenReader in, Class<?> type, String field) throws IOException;
    }

    private final boolean strict;
    private final UnknownFieldHandler handler;
    /** The positions of the fields of each object being read, by nesting level. */
    private long[][] positions = new long[8][];
    private int level;
    /**
     * The last date read and its ten characters: a mission's deployments, staffing reports and records
     * repeat a few month-ends many times, and one LocalDate serves each run of the same day.
     */
    private final char[] lastDateText = new char[10];
    private LocalDate lastDate;

    /**
     * Starts a reading.
     *
     * @param strict   whether unknown fields are refused, rather than skipped
     * @param handler  handles unknown fields first, or null
     */
    public Reading(boolean strict, UnknownFieldHandler handler) {
        this.strict = strict;
        this.handler = handler;
    }

    boolean strict() {
        return strict;
    }

    UnknownFieldHandler handler() {
        return handler;
    }

    /**
     * Takes an array for the positions of an object's fields, give it back with {@link #release()}. It holds
     * an earlier object's positions: the reader knows which fields it has seen and read only theirs.
     */
    long[] acquire(int fields) {
        if (level == positions.length) {
            positions = Arrays.copyOf(positions, level * 2);
        }
        long[] at = positions[level];
        if (at == null || at.length < fields) {
            at = new long[Math.max(fields, 16)];
            positions[level] = at;
        }
        level++;
        return at;
    }

    /** Returns the date read last if its text is the ten characters given, else null. */
    LocalDate lastDate(char[] text, int at) {
        if (lastDate == null) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (lastDateText[i] != text[at + i]) {
                return null;
            }
        }
        return lastDate;
    }

    /** Remembers a date read from its ten characters. */
    void rememberDate(char[] text, int at, LocalDate date) {
        System.arraycopy(text, at, lastDateText, 0, 10);
        lastDate = date;
    }

    void release() {
        level--;
    }

    /** Forgets the objects of a reading that failed, before the next record of the same reading. */
    public void reset() {
        level = 0;
    }
}
