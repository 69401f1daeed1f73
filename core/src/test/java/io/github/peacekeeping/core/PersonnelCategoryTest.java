package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonnelCategoryTest {

    /**
     * Every label of the UN's contribution files, old and new. "Police" and "Civilian Police", the labels
     * before 2009, counted formed police units too, so they give POLICE, not INDIVIDUAL_POLICE.
     */
    @ParameterizedTest
    @CsvSource({
        "Troops, TROOPS",
        "Contingent Troop, TROOPS",
        "Troop, TROOPS",
        "Staff Officer, STAFF_OFFICERS",
        "Experts on Mission, EXPERTS_ON_MISSION",
        "Military Observer, EXPERTS_ON_MISSION",
        "Individual Police, INDIVIDUAL_POLICE",
        "Police, POLICE",
        "Civilian Police, POLICE",
        "' civilian  police ', POLICE",
        "Formed Police Units, FORMED_POLICE_UNITS",
        "'  formed   police unit ', FORMED_POLICE_UNITS",
        "STAFF OFFICERS, STAFF_OFFICERS",
        "Military Observers, EXPERTS_ON_MISSION",
    })
    void mapsTheUnLabels(String label, String name) {
        assertThat(PersonnelCategory.fromUnLabel(label).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Civilians", "Troopers", "Observer", "", "UNMEM"})
    void refusesOtherLabels(String label) {
        assertThatThrownBy(() -> PersonnelCategory.fromUnLabel(label))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for category: \"" + label + "\" (not a personnel label of the UN's contribution "
                        + "files: expected one of \"Troops\", \"Contingent Troop\", \"Troop\", \"Staff Officer\", "
                        + "\"Experts on Mission\", \"Military Observer\", \"Individual Police\", \"Police\", "
                        + "\"Civilian Police\", \"Formed Police Units\")");
    }

    @Test
    void nullLabelIsAMissingValue() {
        assertThatThrownBy(() -> PersonnelCategory.fromUnLabel(null)).isInstanceOf(MissingValueException.class);
    }

    @Test
    void categoriesKnowTheirComponent() {
        assertThat(PersonnelCategory.values()).containsExactly(PersonnelCategory.TROOPS, PersonnelCategory.STAFF_OFFICERS,
                PersonnelCategory.EXPERTS_ON_MISSION, PersonnelCategory.INDIVIDUAL_POLICE,
                PersonnelCategory.FORMED_POLICE_UNITS, PersonnelCategory.POLICE);
        assertThat(PersonnelCategory.values()).filteredOn(c -> c.component() == ComponentType.MILITARY)
                .containsExactly(MilitaryCategory.values());
        assertThat(PersonnelCategory.values()).filteredOn(c -> c.component() == ComponentType.POLICE)
                .containsExactly(PoliceCategory.values());
        assertThat(ComponentType.MILITARY.categories()).containsExactly(MilitaryCategory.values());
        assertThat(ComponentType.POLICE.categories()).containsExactly(PoliceCategory.values());
        assertThat(ComponentType.CIVILIAN.categories()).isEmpty();
    }

    @Test
    void valueOfByConstantName() {
        for (PersonnelCategory category : PersonnelCategory.values()) {
            assertThat(PersonnelCategory.valueOf(category.name())).isSameAs(category);
        }
        assertThatThrownBy(() -> PersonnelCategory.valueOf("Troops"))
                .hasMessage("Invalid value for category: \"Troops\" (expected one of TROOPS, STAFF_OFFICERS, "
                        + "EXPERTS_ON_MISSION, INDIVIDUAL_POLICE, FORMED_POLICE_UNITS, POLICE)");
    }
}
