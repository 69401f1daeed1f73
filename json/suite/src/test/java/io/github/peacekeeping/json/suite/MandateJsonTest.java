package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MandateJsonTest {

    @Test
    void writesAndReadsEveryOptionalField() throws IOException {
        assertThat(Wire.write(Samples.fullMandate())).isEqualTo(json(Samples.FULL_MANDATE));
        assertThat(Wire.read(json(Samples.FULL_MANDATE), Mandate.class)).isEqualTo(Samples.fullMandate());
    }

    @Test
    void writesAndReadsWithoutOptionalFields() throws IOException {
        assertThat(Wire.write(Samples.minimalMandate())).isEqualTo(json(Samples.MINIMAL_MANDATE));
        assertThat(Wire.read(json(Samples.MINIMAL_MANDATE), Mandate.class)).isEqualTo(Samples.minimalMandate());
    }

    @Test
    void keepsEmptyTasksApartFromAbsentTasks() throws IOException {
        Mandate noTasks = Mandate.builder().from(Samples.minimalMandate()).tasks(List.of()).build();

        String written = Wire.write(noTasks);

        assertThat(written).isEqualTo(json(Samples.MINIMAL_MANDATE.replace("'chapterVII':false}",
                "'chapterVII':false,'tasks':[]}")));
        Mandate read = Wire.read(written, Mandate.class);
        assertThat(read).isEqualTo(noTasks);
        assertThat(read.tasks()).contains(List.of());
        assertThat(Wire.read(json(Samples.MINIMAL_MANDATE), Mandate.class).tasks()).isEmpty();
    }

    @Test
    void keepsEmptyCeilingsApartFromAbsentCeilings() throws IOException {
        Mandate noCeilings = Mandate.builder().from(Samples.minimalMandate()).ceilings(Ceilings.none()).build();

        String written = Wire.write(noCeilings);

        assertThat(written).endsWith("\"chapterVII\":false,\"ceilings\":{}}");
        assertThat(Wire.read(written, Mandate.class)).isEqualTo(noCeilings);
    }

    @Test
    void readsNullAsAbsent() throws IOException {
        String nulls = json(Samples.MINIMAL_MANDATE.replace("'chapterVII':false}",
                "'chapterVII':false,'expires':null,'tasks':null,'ceilings':null}"));

        assertThat(Wire.read(nulls, Mandate.class)).isEqualTo(Samples.minimalMandate());
    }

    @ParameterizedTest
    @EnumSource(MandateAction.class)
    void roundTripsEveryAction(MandateAction action) throws IOException {
        Mandate mandate = Mandate.builder().from(Samples.minimalMandate()).actions(List.of(action)).build();

        String written = Wire.write(mandate);

        assertThat(written).contains("\"actions\":[\"" + action.name() + "\"]");
        assertThat(Wire.read(written, Mandate.class)).isEqualTo(mandate);
        assertThat(Wire.read("\"" + action.name() + "\"", MandateAction.class)).isEqualTo(action);
    }

    @ParameterizedTest
    @EnumSource(MandateTask.class)
    void roundTripsEveryTask(MandateTask task) throws IOException {
        Mandate mandate = Mandate.builder().from(Samples.minimalMandate()).tasks(List.of(task)).build();

        String written = Wire.write(mandate);

        assertThat(written).contains("\"tasks\":[\"" + task.name() + "\"]");
        assertThat(Wire.read(written, Mandate.class)).isEqualTo(mandate);
        assertThat(Wire.write(task)).isEqualTo("\"" + task.name() + "\"");
    }
}
