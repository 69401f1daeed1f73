package io.github.peacekeeping.json.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.CountryCode;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CountryCodeJsonTest {

    static Stream<CountryCode> codes() {
        return CountryCode.values().stream();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void roundTripsEveryKnownCode(CountryCode code) throws IOException {
        assertThat(Wire.write(code)).isEqualTo("\"" + code.code() + "\"");
        assertThat(Wire.read("\"" + code.code() + "\"", CountryCode.class)).isSameAs(code);
    }
}
