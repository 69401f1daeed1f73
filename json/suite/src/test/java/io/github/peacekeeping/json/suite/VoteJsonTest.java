package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Vote;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class VoteJsonTest {

    @Test
    void writesAndReadsTheMembersAgainst() throws IOException {
        assertThat(Wire.write(Samples.fullVote())).isEqualTo(json(Samples.FULL_VOTE));
        assertThat(Wire.read(json(Samples.FULL_VOTE), Vote.class)).isEqualTo(Samples.fullVote());
    }

    @Test
    void leavesOutAnEmptyAgainst() throws IOException {
        assertThat(Wire.write(Samples.minimalVote())).isEqualTo(json(Samples.MINIMAL_VOTE));
        assertThat(Wire.read(json(Samples.MINIMAL_VOTE), Vote.class)).isEqualTo(Samples.minimalVote());
    }

    @Test
    void readsNullOrEmptyAgainstAsNone() throws IOException {
        assertThat(Wire.read(json("{'yes':15,'no':0,'abstain':0,'against':null}"), Vote.class))
                .isEqualTo(Samples.minimalVote());
        assertThat(Wire.read(json("{'yes':15,'no':0,'abstain':0,'against':[]}"), Vote.class))
                .isEqualTo(Samples.minimalVote());
    }

    @Test
    void readsFromAParserAlreadyInsideTheObject() throws IOException {
        // Jackson hands a deserializer the first field name when the caller has read the object's start.
        assertThat(Wire.MAPPER.readValueInsideObject(json(Samples.FULL_VOTE), Vote.class)).isEqualTo(Samples.fullVote());
    }

    @Test
    void readsIntegralDecimalsAsIntegers() throws IOException {
        // JSON Schema's integer: what another language writes as 15.0 is still 15.
        assertThat(Wire.read("{\"yes\":15.0,\"no\":0e3,\"abstain\":0.00}", Vote.class))
                .isEqualTo(Samples.minimalVote());
    }
}
