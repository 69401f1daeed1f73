package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Resolution;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResolutionJsonTest {

    @Test
    void writesAndReadsSessionAndVote() throws IOException {
        assertThat(Wire.write(Samples.fullResolution())).isEqualTo(json(Samples.FULL_RESOLUTION));
        assertThat(Wire.read(json(Samples.FULL_RESOLUTION), Resolution.class)).isEqualTo(Samples.fullResolution());
    }

    @Test
    void writesAndReadsWithoutSessionAndVote() throws IOException {
        assertThat(Wire.write(Samples.minimalResolution())).isEqualTo(json(Samples.MINIMAL_RESOLUTION));
        assertThat(Wire.read(json(Samples.MINIMAL_RESOLUTION), Resolution.class))
                .isEqualTo(Samples.minimalResolution());
    }

    @Test
    void readsNullAsAbsent() throws IOException {
        String nulls = json("{'body':'SECURITY_COUNCIL','number':1509,'adopted':'2003-09-19','session':null,'vote':null}");

        assertThat(Wire.read(nulls, Resolution.class)).isEqualTo(Samples.minimalResolution());
    }

    @ParameterizedTest
    @EnumSource(AuthorizingBody.class)
    void roundTripsEveryBody(AuthorizingBody body) throws IOException {
        Resolution resolution = Resolution.builder().body(body).number(1).adopted(LocalDate.of(1956, 11, 5))
                .session(body == AuthorizingBody.GENERAL_ASSEMBLY ? "ES-I" : null).build();

        String written = Wire.write(resolution);

        assertThat(written).startsWith("{\"body\":\"" + body.name() + "\"");
        assertThat(Wire.read(written, Resolution.class)).isEqualTo(resolution);
        assertThat(Wire.read(Wire.write(body), AuthorizingBody.class)).isEqualTo(body);
    }
}
