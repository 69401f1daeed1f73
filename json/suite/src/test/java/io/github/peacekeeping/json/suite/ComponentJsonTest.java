package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.PoliceComponent;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComponentJsonTest {

    /** One instance of every class that the sealed Component permits, and its type name on the wire. */
    private static final Map<Class<?>, Supplier<Component>> EXAMPLES = Map.of(
            MilitaryComponent.class, () -> MilitaryComponent.of(List.of(Samples.troops())),
            PoliceComponent.class, () -> PoliceComponent.of(List.of(Samples.police())),
            CivilianComponent.class, () -> CivilianComponent.of(List.of(Samples.staffing())));

    @Test
    void theTypeTableCoversEveryPermittedComponent() throws IOException {
        List<Class<?>> permitted = Arrays.asList(Component.class.getPermittedSubclasses());
        assertThat(permitted).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());

        Map<String, Class<?>> typeNames = new java.util.HashMap<>();
        for (Class<?> type : permitted) {
            Component component = EXAMPLES.get(type).get();
            String written = Wire.write(component);
            String typeName = Wire.TREES.readTree(written).get("type").asText();
            typeNames.put(typeName, type);
            Component read = Wire.read(written, Component.class);
            assertThat(read).isInstanceOf(type).isEqualTo(component);
        }
        assertThat(typeNames).containsOnlyKeys("military", "police", "civilian");
        assertThat(Arrays.stream(ComponentType.values()).map(ComponentType::typeName).collect(Collectors.toSet()))
                .isEqualTo(typeNames.keySet());
    }

    @Test
    void writesEachComponentWithItsTypeName() {
        assertThat(Wire.write(MilitaryComponent.of(List.of(Samples.troops()))))
                .isEqualTo(json("{'type':'military','deployments':[" + Samples.TROOPS + "]}"));
        assertThat(Wire.write(PoliceComponent.of(List.of(Samples.police()))))
                .isEqualTo(json("{'type':'police','deployments':[" + Samples.POLICE + "]}"));
        assertThat(Wire.write(CivilianComponent.of(List.of(Samples.staffing()))))
                .isEqualTo(json("{'type':'civilian','staffing':[" + Samples.STAFFING + "]}"));
    }

    @Test
    void writesEmptyDeploymentsAndStaffing() throws IOException {
        assertThat(Wire.write(MilitaryComponent.of(List.of()))).isEqualTo(json("{'type':'military','deployments':[]}"));
        assertThat(Wire.write(PoliceComponent.of(List.of()))).isEqualTo(json("{'type':'police','deployments':[]}"));
        assertThat(Wire.write(CivilianComponent.of(List.of()))).isEqualTo(json("{'type':'civilian','staffing':[]}"));
        assertThat(Wire.read(json("{'type':'civilian','staffing':[]}"), Component.class))
                .isEqualTo(CivilianComponent.of(List.of()));
    }

    @Test
    void readsTheTypeAfterTheOtherFields() throws IOException {
        assertThat(Wire.read(json("{'deployments':[" + Samples.TROOPS + "],'type':'military'}"), Component.class))
                .isEqualTo(MilitaryComponent.of(List.of(Samples.troops())));
        assertThat(Wire.read(json("{'deployments':[" + Samples.POLICE + "],'type':'police'}"), Component.class))
                .isEqualTo(PoliceComponent.of(List.of(Samples.police())));
        assertThat(Wire.read(json("{'staffing':[" + Samples.STAFFING + "],'type':'civilian'}"), Component.class))
                .isEqualTo(CivilianComponent.of(List.of(Samples.staffing())));
    }

    @Test
    void readsEachConcreteComponentType() throws IOException {
        assertThat(Wire.read(json("{'type':'military','deployments':[" + Samples.TROOPS + "]}"), MilitaryComponent.class))
                .isEqualTo(MilitaryComponent.of(List.of(Samples.troops())));
        assertThat(Wire.read(json("{'type':'police','deployments':[" + Samples.POLICE + "]}"), PoliceComponent.class))
                .isEqualTo(PoliceComponent.of(List.of(Samples.police())));
        assertThat(Wire.read(json("{'type':'civilian','staffing':[" + Samples.STAFFING + "]}"), CivilianComponent.class))
                .isEqualTo(CivilianComponent.of(List.of(Samples.staffing())));
    }

    @Test
    void refusesTheFieldsOfAnotherTypeAndMissingLists() {
        assertThat(refused("{'type':'civilian'}", Component.class))
                .hasMessage("Missing value for staffing (required) at $ (line 1, column 1)");
        assertThat(refused("{'type':'civilian','deployments':[]}", Component.class))
                .hasMessage("Unknown field \"deployments\" at $ (line 1, column 20); expected one of: type, staffing");
        assertThat(refused("{'type':'police','staffing':[]}", Component.class))
                .hasMessage("Unknown field \"staffing\" at $ (line 1, column 18); expected one of: type, deployments, totals");
        assertThat(refused("{'staffing':[],'type':'military'}", Component.class))
                .hasMessage("Unknown field \"staffing\" at $ (line 1, column 2); expected one of: type, deployments, totals");
        assertThat(refused("{'deployments':[],'type':'civilian'}", Component.class))
                .hasMessage("Unknown field \"deployments\" at $ (line 1, column 2); expected one of: type, staffing");
        assertThat(refused("{'type':'police','deployments':[]}", MilitaryComponent.class))
                .hasMessage("Unknown value \"police\" for type at type (line 1, column 9); expected one of: military");
        assertThat(refused("{'deployments':[]}", Component.class))
                .hasMessage("Missing value for type (required) at $ (line 1, column 1)");
    }

    @Test
    void refusesTheCategoriesOfAnotherTypeReadBeforeTheType() {
        String troops = Samples.TROOPS;
        String police = Samples.POLICE;
        String twoTroops = "{'deployments':[" + troops + "," + troops + "],'type':'police'}";
        String policeFirst = "{'deployments':[" + police + "," + police + "," + troops + "],'type':'military'}";
        String policeSecond = "{'deployments':[" + troops + "," + police + "],'type':'military'}";

        // The first deployment of the other type is named, wherever the type comes.
        assertThat(refused(twoTroops, Component.class)).hasMessage("Unknown value \"TROOPS\" for category at"
                + " deployments[0].category (line 1, column " + columnOf(twoTroops, "'TROOPS'", 0) + "); expected one of:"
                + " INDIVIDUAL_POLICE, FORMED_POLICE_UNITS, POLICE");
        assertThat(refused(policeFirst, Component.class)).hasMessage("Unknown value \"FORMED_POLICE_UNITS\" for"
                + " category at deployments[0].category (line 1, column " + columnOf(policeFirst, "'FORMED", 0) + ");"
                + " expected one of: TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION");
        assertThat(refused(policeSecond, Component.class)).hasMessage("Unknown value \"FORMED_POLICE_UNITS\" for"
                + " category at deployments[1].category (line 1, column " + columnOf(policeSecond, "'FORMED", 0) + ");"
                + " expected one of: TROOPS, STAFF_OFFICERS, EXPERTS_ON_MISSION");
    }

    /** The column, from 1, of an occurrence of a text in a one-line document, both single-quoted. */
    private static int columnOf(String json, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = json.indexOf(text, at + 1);
        }
        return at + 1;
    }

    @Test
    void requiresTheListOfEveryType() {
        assertThat(refused("{'type':'military'}", Component.class))
                .hasMessage("Missing value for deployments (required) at $ (line 1, column 1)");
        assertThat(refused("{'type':'police'}", Component.class))
                .hasMessage("Missing value for deployments (required) at $ (line 1, column 1)");
        assertThat(refused("{'type':'civilian','staffing':{}}", Component.class))
                .hasMessage("Invalid value for staffing: {...} (expected an array) at staffing (line 1, column 31)");
    }

    private static JsonError refused(String json, Class<?> type) {
        return Wire.error(() -> Wire.read(json(json), type));
    }

    @ParameterizedTest
    @EnumSource(ComponentType.class)
    void roundTripsEveryComponentTypeAsItsTypeName(ComponentType type) throws IOException {
        assertThat(Wire.write(type)).isEqualTo("\"" + type.typeName() + "\"");
        assertThat(Wire.read("\"" + type.typeName() + "\"", ComponentType.class)).isEqualTo(type);
    }
}
