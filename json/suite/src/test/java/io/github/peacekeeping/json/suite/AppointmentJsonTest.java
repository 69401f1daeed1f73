package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.LeadershipRole;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppointmentJsonTest {

    @Test
    void writesAndReadsEndAndActing() throws IOException {
        assertThat(Wire.write(Samples.fullAppointment())).isEqualTo(json(Samples.FULL_APPOINTMENT));
        assertThat(Wire.read(json(Samples.FULL_APPOINTMENT), Appointment.class)).isEqualTo(Samples.fullAppointment());
    }

    @Test
    void leavesOutAnAbsentEndAndActingWhenFalse() throws IOException {
        Appointment notActing = Appointment.builder().from(Samples.minimalAppointment()).acting(false).build();

        assertThat(Wire.write(notActing)).isEqualTo(json(Samples.MINIMAL_APPOINTMENT));
        assertThat(Wire.read(json(Samples.MINIMAL_APPOINTMENT), Appointment.class))
                .isEqualTo(Samples.minimalAppointment());
        assertThat(Wire.read(json(Samples.MINIMAL_APPOINTMENT.replace("}", ",'end':null,'acting':null}")),
                Appointment.class)).isEqualTo(Samples.minimalAppointment());
        assertThat(Wire.read(json(Samples.MINIMAL_APPOINTMENT.replace("}", ",'acting':false}")),
                Appointment.class)).isEqualTo(Samples.minimalAppointment());
    }

    @ParameterizedTest
    @EnumSource(LeadershipRole.class)
    void roundTripsEveryRole(LeadershipRole role) throws IOException {
        Appointment appointment = Appointment.builder().from(Samples.minimalAppointment()).role(role).build();

        String written = Wire.write(appointment);

        assertThat(written).startsWith("{\"role\":\"" + role.name() + "\"");
        assertThat(Wire.read(written, Appointment.class)).isEqualTo(appointment);
        assertThat(Wire.read(Wire.write(role), LeadershipRole.class)).isEqualTo(role);
    }
}
