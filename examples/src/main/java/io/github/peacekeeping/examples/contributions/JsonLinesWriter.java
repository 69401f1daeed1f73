package io.github.peacekeeping.examples.contributions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.FieldNames;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Writes contribution records as JSON Lines, one flat record per line, in the wire format's field order
 * (spec/README.md, "Flat contribution records"):
 * {@code {"mission":"UNMIL","contributor":"BGD","category":"TROOPS","date":"2011-06-30","total":1442,"female":6}}.
 *
 * <p>Not thread-safe: one writer per output.
 */
public final class JsonLinesWriter implements Consumer<ContributionRecord>, Closeable {

    private final Writer out;
    private final JsonGenerator json;

    /**
     * Creates a writer.
     *
     * @param out  where to write, not null; closed by {@link #close()}
     * @throws IOException if the generator cannot be created
     */
    public JsonLinesWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        // Lines, not one stream of root values separated by blanks.
        this.json.setRootValueSeparator(null);
    }

    /**
     * Writes one record as one line.
     *
     * @param record  the record, not null
     * @throws UncheckedIOException if the output fails
     */
    @Override
    public void accept(ContributionRecord record) {
        try {
            json.writeStartObject();
            json.writeStringField(FieldNames.MISSION, record.mission());
            json.writeStringField(FieldNames.CONTRIBUTOR, record.contributor().code());
            json.writeStringField(FieldNames.CATEGORY, record.category().name());
            json.writeStringField(FieldNames.DATE, record.date().toString());
            json.writeNumberField(FieldNames.TOTAL, record.total());
            if (record.female().isPresent()) {
                json.writeNumberField(FieldNames.FEMALE, record.female().getAsInt());
            }
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes the output.
     *
     * @throws IOException if the output fails
     */
    @Override
    public void close() throws IOException {
        json.close();
        out.close();
    }
}
