package io.github.peacekeeping.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.json.internal.Format;

/**
 * Writes contribution records as JSON Lines, one compact JSON object a line, as {@link RecordWriter} says.
 * Obtain one from {@link PeacekeepingJson#recordWriter(java.io.OutputStream)}.
 *
 * <p>This class is not thread-safe: like any writer, one thread uses it at a time.
 */
public final class ContributionRecordWriter extends RecordWriter<ContributionRecord> {

    ContributionRecordWriter(JsonGenerator generator) {
        super(generator, Format.CONTRIBUTION_RECORD);
    }
}
