package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.json.ContributionRecordReader;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The library's JSON bindings, one constant each, as the benchmarks call them. {@link Library} makes the
 * binding a JMH parameter whose values are every constant, so that the benchmarks measure each binding in
 * the same run and adding a binding is adding its constant here (and its dependency).
 */
public enum JsonBinding {

    /** {@code peacekeeping-json}, on Jackson 2. */
    JACKSON_2 {
        private final PeacekeepingJson json = PeacekeepingJson.standard();

        @Override
        Mission readMission(InputStream in) throws IOException {
            return json.readMission(in);
        }

        @Override
        void writeMission(Mission mission, OutputStream out) throws IOException {
            json.writeMission(mission, out);
        }

        @Override
        int readRecords(InputStream in, Consumer<ContributionRecord> each) throws IOException {
            int count = 0;
            try (ContributionRecordReader reader = json.recordReader(in)) {
                for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                    each.accept(record);
                    count++;
                }
            }
            return count;
        }
    },

    /** {@code peacekeeping-json-jackson3}, on Jackson 3. */
    JACKSON_3 {
        private final io.github.peacekeeping.json.jackson3.PeacekeepingJson json =
                io.github.peacekeeping.json.jackson3.PeacekeepingJson.standard();

        @Override
        Mission readMission(InputStream in) throws IOException {
            return json.readMission(in);
        }

        @Override
        void writeMission(Mission mission, OutputStream out) throws IOException {
            json.writeMission(mission, out);
        }

        @Override
        int readRecords(InputStream in, Consumer<ContributionRecord> each) throws IOException {
            int count = 0;
            try (io.github.peacekeeping.json.jackson3.ContributionRecordReader reader = json.recordReader(in)) {
                for (ContributionRecord record = reader.read(); record != null; record = reader.read()) {
                    each.accept(record);
                    count++;
                }
            }
            return count;
        }
    };

    /** Reads one mission document, as {@code PeacekeepingJson.standard().readMission(in)}. */
    abstract Mission readMission(InputStream in) throws IOException;

    /** Writes one mission document, as {@code PeacekeepingJson.standard().writeMission(mission, out)}. */
    abstract void writeMission(Mission mission, OutputStream out) throws IOException;

    /** Reads every record of JSON Lines with the binding's record reader; returns how many. */
    abstract int readRecords(InputStream in, Consumer<ContributionRecord> each) throws IOException;
}
