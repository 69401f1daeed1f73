package io.github.peacekeeping.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.examples.report.shipped.MinustahInputs;
import io.github.peacekeeping.examples.report.shipped.UnamirInputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sentences that take the place of a chart without data, and the report's inputs. */
class MissionReportTest {

    @Test
    void aMissionWithoutFiguresOrAuthorizationsHasNoChartAndSaysWhyForEach() {
        // MINUSTAH cut to its establishing decision, which sets no ceiling, and without personnel.
        Mission minustah = Mission.builder().from(MinustahInputs.mission())
                .mandates(MinustahInputs.decisions().subList(0, 1)).build();

        MissionReport report = MissionReport.of(minustah, true, Optional.of(List.of()), List.of("From a test."));

        assertThat(report.page().figures()).isEmpty();
        assertThat(report.page().paragraphs()).containsExactly("From a test.",
                "No chart of authorized against deployed strength: the mission document reports no uniformed "
                        + "personnel and its decisions authorize none.",
                "No chart of women's share: no contributor's figure of the mission gives the number of women.",
                "No chart of fatalities: the fatality file records no death in MINUSTAH.");
        assertThat(report.files().keySet()).containsExactly("index.html");
    }

    @Test
    void authorizationsAloneMakeAStrengthChartOverTheirDays() {
        // MINUSTAH's decisions without personnel: the authorized lines from S/RES/1892 (2009) on.
        MissionReport report = MissionReport.of(MinustahInputs.mission(), false, Optional.empty(), List.of());

        Table table = report.page().figures().get(0).chart().table();
        assertThat(table.header()).containsExactly("Date", "Military authorized", "Police authorized");
        assertThat(table.rows().get(0)).containsExactly("2009-10-13", "6,940", "2,211");
        assertThat(table.rows()).contains(List.of("2010-01-19", "8,940", "3,711"), List.of("2010-06-04", "8,940", "4,391"),
                List.of("2013-10-10", "5,021", "2,601"));
    }

    @Test
    void refusesMissingInputs() throws Exception {
        Mission unamir = UnamirInputs.mission(Path.of("reports/UNAMIR/data"));
        assertThatThrownBy(() -> MissionReport.of(null, false, Optional.empty(), List.of()))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for mission (required)");
        assertThatThrownBy(() -> MissionReport.of(unamir, false, null, List.of()))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for fatalities (required)");
        assertThatThrownBy(() -> MissionReport.of(unamir, false, Optional.empty(), null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for sources (required)");
    }
}
