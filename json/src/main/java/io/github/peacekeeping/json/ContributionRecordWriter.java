package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.json.ser.Writers;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes contribution records as JSON Lines: one compact JSON object a line, each line ended by
 * {@code \n}. Obtain one from {@link PeacekeepingJson#recordWriter(java.io.OutputStream)}.
 *
 * <p>This class is not thread-safe: like any writer, one thread uses it at a time.
 */
public final class ContributionRecordWriter implements Closeable, Flushable {

    private final JsonGenerator generator;
    private long count;

    ContributionRecordWriter(JsonGenerator generator) {
        this.generator = generator;
    }

    /**
     * Writes one record as one line.
     *
     * @param record  the record, not null
     * @throws IOException if the output fails
     */
    public void write(ContributionRecord record) throws IOException {
        Writers.record(Objects.requireNonNull(record, "record"), generator);
        generator.writeRaw('\n');
        count++;
    }

    /**
     * Returns the number of records written.
     *
     * @return the count, not negative
     */
    public long count() {
        return count;
    }

    /**
     * Flushes the records written to the output.
     *
     * @throws IOException if the output fails
     */
    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    /**
     * Flushes and closes the writer; the output is closed if this writer owns it.
     *
     * @throws IOException if the output fails
     */
    @Override
    public void close() throws IOException {
        generator.close();
    }
}
