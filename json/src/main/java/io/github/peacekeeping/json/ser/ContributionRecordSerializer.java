package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Deployment;
import java.io.IOException;

/** Writes a flat {@link ContributionRecord}, one line of JSON Lines. This class is immutable and thread-safe. */
final class ContributionRecordSerializer extends PeacekeepingSerializer<ContributionRecord> {

    private static final long serialVersionUID = 1L;

    ContributionRecordSerializer() {
        super(ContributionRecord.class);
    }

    @Override
    void write(ContributionRecord record, JsonGenerator g) throws IOException {
        writeRecord(record, g);
    }

    static void writeRecord(ContributionRecord record, JsonGenerator g) throws IOException {
        Deployment<?> deployment = record.deployment();
        g.writeStartObject(record);
        g.writeFieldName(Out.MISSION);
        g.writeString(record.mission());
        g.writeFieldName(Out.CONTRIBUTOR);
        Out.country(g, deployment.contributor());
        g.writeFieldName(Out.CATEGORY);
        g.writeString(DeploymentSerializer.category(deployment.category()));
        g.writeFieldName(Out.DATE);
        Out.date(g, deployment.date());
        g.writeFieldName(Out.TOTAL);
        g.writeNumber(deployment.total());
        if (deployment.female().isPresent()) {
            g.writeFieldName(Out.FEMALE);
            g.writeNumber(deployment.female().getAsInt());
        }
        g.writeEndObject();
    }
}
