package io.github.peacekeeping.json;

import io.github.peacekeeping.json.internal.ReadFailure;
import io.github.peacekeeping.json.internal.RecordSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads records from JSON Lines, one record a line, one line at a time: a file of any size is read in
 * constant memory. The format has two record types, each with its reader: {@link ContributionRecordReader}
 * (from {@link PeacekeepingJson#recordReader(java.io.InputStream)}) and {@link FatalityRecordReader} (from
 * {@link PeacekeepingJson#fatalityReader(java.io.InputStream)}); this class is what they share.
 *
 * <p>Each line holds one JSON object; blank lines are skipped. A record that does not start on a new
 * line, or that spans several lines, is an error, as is any error of the record itself: the
 * {@link PeacekeepingJsonException} gives the line in the file, and the records of the lines before it
 * have been delivered. Reading ends at the first error.
 *
 * <p>As an {@link Iterator}, it reports errors as {@link UncheckedIOException}s whose cause is the
 * {@link PeacekeepingJsonException}; {@link #read()} throws it directly. Closing the reader closes its
 * input; so does reaching the end or an error.
 *
 * <p>This class is not thread-safe: like any reader, one thread uses it at a time.
 *
 * @param <T> the type of the records
 */
public abstract sealed class RecordReader<T> implements Iterator<T>, Closeable
        permits ContributionRecordReader, FatalityRecordReader {

    private final RecordSource<T> lines;
    /** What the records are, for the message of {@link #next()} at the end: "contribution records". */
    private final String what;
    /** The record read ahead by {@link #hasNext()}, or null. */
    private T next;
    private boolean done;

    RecordReader(RecordSource<T> lines, String what) {
        this.lines = lines;
        this.what = what;
    }

    /**
     * Reads the next record.
     *
     * @return the record, or null at the end of the input
     * @throws PeacekeepingJsonException if the next line is not a valid record, or records are not one a line
     * @throws IOException if the input fails
     */
    public final T read() throws IOException {
        if (next != null) {
            T record = next;
            next = null;
            return record;
        }
        if (done) {
            return null;
        }
        try {
            T record = readRecord();
            if (record == null) {
                close();
            }
            return record;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private T readRecord() throws IOException {
        try {
            return lines.read();
        } catch (ReadFailure e) {
            throw PeacekeepingJsonException.from(e);
        }
    }

    /**
     * Returns the line of the last record read.
     *
     * @return the line, from 1; 0 before the first record
     */
    public final int lineNumber() {
        return lines.lineNumber();
    }

    /**
     * Checks whether another record follows, reading it.
     *
     * @return true if {@link #next()} returns a record
     * @throws UncheckedIOException if the next line is not a valid record (the cause is the
     *         {@link PeacekeepingJsonException}), or the input fails
     */
    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    /**
     * Returns the next record.
     *
     * @return the record, not null
     * @throws NoSuchElementException if there is none
     * @throws UncheckedIOException if the next line is not a valid record (the cause is the
     *         {@link PeacekeepingJsonException}), or the input fails
     */
    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more " + what);
        }
        T record = next;
        next = null;
        return record;
    }

    /**
     * Returns the remaining records as a lazy, ordered stream; closing the stream closes this reader.
     * The stream does not split: under {@code parallel()} the records are read and passed on in one
     * thread, in constant memory, where a splitting stream would hold a growing batch of them.
     *
     * @return the stream, not null
     */
    public final Stream<T> stream() {
        Spliterator<T> records = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (!hasNext()) {
                    return false;
                }
                action.accept(next());
                return true;
            }

            @Override
            public Spliterator<T> trySplit() {
                return null;
            }
        };
        return StreamSupport.stream(records, false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Closes the reader and its input. Closing twice has no effect.
     *
     * @throws IOException if the input cannot be closed
     */
    @Override
    public final void close() throws IOException {
        done = true;
        lines.close();
    }
}
