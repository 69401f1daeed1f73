package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Ceilings;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CeilingsJsonTest {

    static Stream<Arguments> ceilings() {
        return Stream.of(
                Arguments.of(Samples.fullCeilings(), Samples.FULL_CEILINGS),
                Arguments.of(Ceilings.none(), "{}"),
                Arguments.of(Ceilings.builder().military(2548).build(), "{'military':2548}"),
                Arguments.of(Ceilings.builder().police(60).build(), "{'police':60}"),
                Arguments.of(Ceilings.builder().civilian(0).build(), "{'civilian':0}"));
    }

    @ParameterizedTest
    @MethodSource("ceilings")
    void writesAndReadsEachCeilingPresentOrAbsent(Ceilings ceilings, String expected) throws IOException {
        assertThat(Wire.write(ceilings)).isEqualTo(json(expected));
        assertThat(Wire.read(json(expected), Ceilings.class)).isEqualTo(ceilings);
    }

    @Test
    void readsNullAsAbsent() throws IOException {
        assertThat(Wire.read(json("{'military':2548,'police':null,'civilian':null}"), Ceilings.class))
                .isEqualTo(Ceilings.builder().military(2548).build());
    }
}
