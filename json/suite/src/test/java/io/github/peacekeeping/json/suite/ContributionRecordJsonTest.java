package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.ContributionRecord;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ContributionRecordJsonTest {

    @Test
    void writesAndReadsTheSpecExample() throws IOException {
        ContributionRecord record = ContributionRecord.of("UNMIL", Samples.troops());
        String expected = json("{'mission':'UNMIL','contributor':'BGD','category':'TROOPS','date':'2011-06-30',"
                + "'total':1442,'female':6}");

        assertThat(Wire.write(record)).isEqualTo(expected);
        assertThat(Wire.read(expected, ContributionRecord.class)).isEqualTo(record);
    }

    @Test
    void leavesOutAnAbsentFemaleCount() throws IOException {
        ContributionRecord record = ContributionRecord.of("UNMIL", Samples.police());
        String expected = json("{'mission':'UNMIL','contributor':'IND','category':'FORMED_POLICE_UNITS',"
                + "'date':'2011-06-30','total':125}");

        assertThat(Wire.write(record)).isEqualTo(expected);
        assertThat(Wire.read(expected, ContributionRecord.class)).isEqualTo(record);
        assertThat(Wire.read(expected.replace("}", ",\"female\":null}"), ContributionRecord.class)).isEqualTo(record);
    }
}
