package io.github.peacekeeping.json.jackson3;

import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.json.internal.Discard;
import io.github.peacekeeping.json.internal.TokenWriter;
import io.github.peacekeeping.json.internal.Value;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes records as JSON Lines: one compact JSON object a line, each line ended by {@code \n}. The format
 * has two record types, each with its writer: {@link ContributionRecordWriter} (from
 * {@link PeacekeepingJson#recordWriter(java.io.OutputStream)}) and {@link FatalityRecordWriter} (from
 * {@link PeacekeepingJson#fatalityWriter(java.io.OutputStream)}); this class is what they share.
 *
 * <p>Each record is checked whole before any of it is written: a record that the format cannot hold is
 * refused with nothing of it in the output. After a failure, of a record or of the output, the writer
 * refuses every further record, as the output may not be what the caller expects.
 *
 * <p>This class is not thread-safe: like any writer, one thread uses it at a time.
 *
 * @param <T> the type of the records
 */
public abstract sealed class RecordWriter<T> implements Closeable, Flushable
        permits ContributionRecordWriter, FatalityRecordWriter {

    private final JsonGenerator generator;
    private final TokenWriter tokens;
    private final Value<T> records;
    private long count;
    /** The failure that ended the writing, or null. */
    private Exception failure;

    RecordWriter(JsonGenerator generator, Value<T> records) {
        this.generator = generator;
        this.records = records;
        this.tokens = new GeneratorTokens(generator);
    }

    /**
     * Writes one record as one line.
     *
     * @param record  the record, not null
     * @throws IOException if the output fails
     * @throws PeacekeepingException if the format cannot hold a value of the record (a date outside the
     *         years 0 to 9999, a text over 10,000 characters or with a surrogate without its pair); nothing
     *         of the record is written
     * @throws IllegalStateException if a write failed before
     */
    public final void write(T record) throws IOException {
        Objects.requireNonNull(record, "record");
        if (failure != null) {
            throw new IllegalStateException("The writer failed before and writes no more records: "
                    + failure.getMessage(), failure);
        }
        try {
            records.writeValue(record, Discard.INSTANCE);
            records.writeValue(record, tokens);
            generator.writeRaw('\n');
            count++;
        } catch (JacksonIOException e) {
            failure = e.getCause();
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /**
     * Returns the number of records written whole.
     *
     * @return the count, not negative
     */
    public final long count() {
        return count;
    }

    /**
     * Flushes the records written to the output.
     *
     * @throws IOException if the output fails
     */
    @Override
    public final void flush() throws IOException {
        try {
            generator.flush();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Flushes and closes the writer; the output is closed if this writer owns it.
     *
     * @throws IOException if the output fails
     */
    @Override
    public final void close() throws IOException {
        try {
            generator.close();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }
}
