package io.github.peacekeeping.json.jackson3;

import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.json.internal.RecordSource;

/**
 * Reads fatality records from JSON Lines, one record a line, one line at a time, as {@link RecordReader}
 * says: {@code {"casualtyId": "UNAMIR-1994-04-10880", "mission": "UNAMIR", "date": "1994-04-07",
 * "nationality": "BEL", "category": "MILITARY", "incidentType": "MALICIOUS_ACT", "gender": "MALE"}}. Obtain
 * one from {@link PeacekeepingJson#fatalityReader(java.io.InputStream)}.
 *
 * <p>This class is not thread-safe: like any reader, one thread uses it at a time.
 */
public final class FatalityRecordReader extends RecordReader<Fatality> {

    FatalityRecordReader(RecordSource<Fatality> records) {
        super(records, "fatality records");
    }
}
