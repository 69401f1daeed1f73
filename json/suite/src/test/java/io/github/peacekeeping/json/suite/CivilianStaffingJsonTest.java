package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.CivilianStaffing;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CivilianStaffingJsonTest {

    @Test
    void writesAndReadsEveryCount() throws IOException {
        assertThat(Wire.write(Samples.staffing())).isEqualTo(json(Samples.STAFFING));
        assertThat(Wire.read(json(Samples.STAFFING), CivilianStaffing.class)).isEqualTo(Samples.staffing());
    }
}
