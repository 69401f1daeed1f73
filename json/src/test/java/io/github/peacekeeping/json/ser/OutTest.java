package io.github.peacekeeping.json.ser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.SerializableString;
import io.github.peacekeeping.core.MandateTask;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pre-encoded names the serializers write. */
class OutTest {

    @Test
    void constantsAreTheNamesInTheOrderOfTheEnum() {
        SerializableString[] names = Out.constants(MandateTask.class);

        assertThat(Arrays.stream(names).map(SerializableString::getValue).collect(Collectors.toList()))
                .isEqualTo(Arrays.stream(MandateTask.values()).map(Enum::name).collect(Collectors.toList()));
    }
}
