package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.json.internal.Format;

/**
 * Writes fatality records as JSON Lines, one compact JSON object a line, as {@link RecordWriter} says.
 * Obtain one from {@link PeacekeepingJson#fatalityWriter(java.io.OutputStream)}.
 *
 * <p>This class is not thread-safe: like any writer, one thread uses it at a time.
 */
public final class FatalityRecordWriter extends RecordWriter<Fatality> {

    FatalityRecordWriter(JsonGenerator generator) {
        super(generator, Format.FATALITY_RECORD);
    }
}
