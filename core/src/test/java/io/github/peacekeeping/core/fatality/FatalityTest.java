package io.github.peacekeeping.core.fatality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.RealFatalities;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A fatality record, and the labels of the UN's fatality file: every one of them, and the ones it lacks. */
class FatalityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Every casualty_personnel_type of DPPADPOSS-FATALITIES.csv, as the file writes it ("Local " with a blank).
        "Military|MILITARY", "'Local '|LOCAL", "International Civilian|INTERNATIONAL_CIVILIAN", "Police|POLICE",
        "Military Observer|MILITARY_OBSERVER", "Other|OTHER", "military  observer|MILITARY_OBSERVER"})
    void categories(String label, FatalityCategory category) {
        assertThat(FatalityCategory.fromUnLabel(label)).isSameAs(category);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Illness|ILLNESS", "Accident|ACCIDENT", "Malicious Act|MALICIOUS_ACT", "Self-Inflicted|SELF_INFLICTED",
        "To Be Determined|TO_BE_DETERMINED", "Unknown|UNKNOWN", "' malicious act '|MALICIOUS_ACT"})
    void incidentTypes(String label, IncidentType type) {
        assertThat(IncidentType.fromUnLabel(label)).isSameAs(type);
    }

    @Test
    void labelsTheFileDoesNotHave() {
        assertThatThrownBy(() -> IncidentType.fromUnLabel("Other/Under Review")).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for incidentType: \"Other/Under Review\" (not a type of incident of the UN's fatality "
                        + "file: expected one of [Malicious Act, Accident, Illness, Self-Inflicted, To Be Determined, Unknown])");
        assertThatThrownBy(() -> FatalityCategory.fromUnLabel("Staff Officer"))
                .hasMessage("Invalid value for category: \"Staff Officer\" (not a personnel type of the UN's fatality file: "
                        + "expected one of [Military, Military Observer, Police, International Civilian, Local, Other])");
        assertThatThrownBy(() -> Gender.fromUnLabel("X")).hasMessage("Invalid value for gender: \"X\" (expected F or M)");
        assertThatThrownBy(() -> Gender.fromUnLabel("")).hasMessage("Invalid value for gender: \"\" (expected F or M)");
        assertThatThrownBy(() -> IncidentType.fromUnLabel(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for incidentType (required)");
        assertThatThrownBy(() -> FatalityCategory.fromUnLabel(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for category (required)");
        assertThatThrownBy(() -> Gender.fromUnLabel(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for gender (required)");
    }

    @Test
    void genders() {
        assertThat(Gender.fromUnLabel("M")).isSameAs(Gender.MALE);
        assertThat(Gender.fromUnLabel(" f")).isSameAs(Gender.FEMALE);
        assertThat(Gender.FEMALE.label()).isEqualTo("F");
        assertThat(FatalityCategory.LOCAL.label()).isEqualTo("Local");
        assertThat(IncidentType.SELF_INFLICTED.label()).isEqualTo("Self-Inflicted");
    }

    @Test
    void theFirstBelgianOfUnamir() {
        Fatality first = RealFatalities.of("UNAMIR").get(0);
        assertThat(first).hasToString("UNAMIR-1994-04-10880 UNAMIR 1994-04-07 BEL MILITARY MALICIOUS_ACT MALE");
        assertThat(first.nationality()).hasValue(CountryCode.of("BEL"));
        assertThat(Fatality.builder().from(first).build()).isEqualTo(first);
    }

    @Test
    void absentNationalityAndGender() {
        // UNTAG, id 836: a local staff member from Namibia, no gender recorded.
        Fatality local = RealFatalities.of("UNTAG").stream().filter(f -> f.casualtyId().equals("UNTAG-1990-03-02376"))
                .findFirst().orElseThrow();
        assertThat(local.gender()).isEmpty();
        assertThat(Fatality.builder().from(local).nationality((CountryCode) null).build())
                .hasToString("UNTAG-1990-03-02376 UNTAG 1990-03-13 - LOCAL ACCIDENT");
    }

    @Test
    void checks() {
        Fatality.Builder builder = Fatality.builder().casualtyId("UNAMIR-1994-04-10880").date(LocalDate.of(1994, 4, 7))
                .mission("UNAMIR").category(FatalityCategory.MILITARY).incidentType(IncidentType.MALICIOUS_ACT);
        assertThat(builder.build().nationality()).isEmpty();
        assertThatThrownBy(() -> builder.casualtyId(" ").build()).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for casualtyId: \" \" (must not be blank)");
        assertThatThrownBy(() -> Fatality.builder().from(builder.casualtyId("x").build()).mission("UNAMIR ").build())
                .hasMessage("Invalid value for mission: \"UNAMIR \" (must not start or end with blanks)");
        assertThatThrownBy(() -> Fatality.builder().build()).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for casualtyId, date, mission, category, incidentType (required)");
    }
}
