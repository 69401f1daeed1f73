package io.github.peacekeeping.json;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.json.internal.RecordSource;

/**
 * Reads contribution records from JSON Lines, one record a line, one line at a time, as {@link RecordReader}
 * says: {@code {"mission": "UNMIL", "contributor": "BGD", "category": "TROOPS", "date": "2011-06-30",
 * "total": 1442, "female": 6}}. Obtain one from {@link PeacekeepingJson#recordReader(java.io.InputStream)}.
 *
 * <p>This class is not thread-safe: like any reader, one thread uses it at a time.
 */
public final class ContributionRecordReader extends RecordReader<ContributionRecord> {

    ContributionRecordReader(RecordSource<ContributionRecord> records) {
        super(records, "contribution records");
    }
}
