package io.github.peacekeeping.json.suite;

import static io.github.peacekeeping.json.suite.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.ParticipantRole;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mission's agreements (with their participants and actors), partnerships, links, aliases and budgets,
 * and a decision's {@code supports}: the exact JSON written, read back equal, valid by the schema, and the
 * reader's errors with their paths, lines and columns.
 */
class DiplomacyJsonTest {

    @Test
    void writesAndReadsAgreementsPartnershipsAndWhatADecisionSupports() {
        Mission unamir = DiplomacySamples.unamir();

        String written = Wire.writeMission(unamir);

        assertThat(written).isEqualTo(json(DiplomacySamples.UNAMIR_JSON));
        assertThat(Wire.JSON.readMission(written)).isEqualTo(unamir);
    }

    @Test
    void writesAndReadsLinksAndAliases() {
        Mission unavem = DiplomacySamples.unavemIII();

        String written = Wire.writeMission(unavem);

        assertThat(written).isEqualTo(json(DiplomacySamples.UNAVEM_III_JSON));
        assertThat(Wire.JSON.readMission(written)).isEqualTo(unavem);
    }

    @Test
    void writesAnAmountAsADecimalStringWithItsCents() {
        Mission unamir = Mission.builder().from(DiplomacySamples.unamir())
                .addBudget(DiplomacySamples.unifil2024())
                // Made up, to show the cents: no source here gives an amount with cents.
                .addBudget(Appropriation.builder().from(DiplomacySamples.unifil2024())
                        .amount(UsdAmount.of(new BigDecimal("1234.5"))).build())
                .build();

        String written = Wire.writeMission(unamir);

        assertThat(written).isEqualTo(json(withBudgets(DiplomacySamples.UNIFIL_2024_JSON + ","
                + DiplomacySamples.UNIFIL_2024_JSON.replace("582630000", "1234.50"))));
        assertThat(Wire.JSON.readMission(written)).isEqualTo(unamir);
    }

    @Test
    void readsAForceLedByAnotherActorAndNullAsAbsent() {
        String partnership = DiplomacySamples.TURQUOISE_JSON.replace("{'state':'FRA'}",
                "{'force':{'name':'Multinational force','acronym':'MNF','ledBy':null}},{'organization':'EU'}")
                .replace("'date':'1994-06-22',", "'date':null,");
        String document = json(DiplomacySamples.UNAMIR_JSON.replace(DiplomacySamples.TURQUOISE_JSON, partnership));

        Partnership read = Wire.JSON.readMission(document).partnerships().get(0);

        assertThat(read.date()).isEmpty();
        assertThat(((Force) read.partner()).ledBy()).containsExactly(
                Force.builder().name("Multinational force").acronym("MNF").build(), Organization.EU);
        assertThat(read.kind()).isEqualTo(PartnershipKind.AUTHORIZED_ALONGSIDE);
        Wire.assertValid(document, null);
    }

    @Test
    void refusesAnActorOfTwoKinds() {
        String document = json(DiplomacySamples.UNAMIR_JSON.replace("{'state':'TZA'}",
                "{'state':'TZA','organization':'OAU'}"));

        JsonError e = Wire.error(() -> Wire.JSON.readMission(document));

        assertThat(e).hasMessage("Invalid value for actor: [state, organization] (expected exactly one of [state,"
                + " organization, group, force]) at agreements[0].participants[2].actor (line 1, column "
                + (document.indexOf("{\"state\":\"TZA\"") + 1) + ")");
        assertThat(Wire.schemaErrors(document, null)).isNotEmpty();
    }

    @Test
    void refusesAnActorOfNoKind() {
        String document = json(DiplomacySamples.UNAMIR_JSON.replace("{'organization':'UN'}", "{}"));

        JsonError e = Wire.error(() -> Wire.JSON.readMission(document));

        assertThat(e.path()).isEqualTo("agreements[0].participants[4].actor");
        assertThat(e).hasMessageStartingWith("Invalid value for actor: [] (expected exactly one of [state,");
        assertThat(Wire.schemaErrors(document, null)).isNotEmpty();
    }

    @Test
    void refusesAnAmountAsAJsonNumber() {
        String document = json(withBudgets(DiplomacySamples.UNIFIL_2024_JSON.replace("'582630000'", "582630000")));

        JsonError e = Wire.error(() -> Wire.JSON.readMission(document));

        assertThat(e.path()).isEqualTo("budgets[0].amount");
        assertThat(e).hasMessageStartingWith("Invalid value for amount: 582630000 (expected dollars as a decimal "
                + "string, as in \"582630000\" or \"1234.50\")");
        assertThat(Wire.schemaErrors(document, null)).isNotEmpty();
    }

    @Test
    void refusesFractionsOfACent() {
        String document = json(withBudgets(DiplomacySamples.UNIFIL_2024_JSON.replace("582630000", "0.125")));

        JsonError e = Wire.error(() -> Wire.JSON.readMission(document));

        assertThat(e.path()).isEqualTo("budgets[0].amount");
        assertThat(e.problem()).contains("expected dollars as a plain number with at most two decimals");
        assertThat(Wire.schemaErrors(document, null)).isNotEmpty();
    }

    @Test
    void refusesASupportedAgreementTheMissionDoesNotCarry() {
        String document = json(DiplomacySamples.UNAMIR_JSON.replace("'supports':['Arusha Peace Agreement']",
                "'supports':['Arusha Accords']"));

        JsonError e = Wire.error(() -> Wire.JSON.readMission(document));

        // The mission refuses it, as a whole: the error points at the document's start.
        assertThat(e).hasMessage("Invalid value for supports: \"Arusha Accords\" (S/RES/872 (1993) supports no "
                + "agreement of the mission by that name) at $ (line 1, column 1)");
    }

    /** Operation Turquoise as led by a chain of forces, the innermost led by France (invented, for the limit). */
    private static Mission withForcesNested(int forces) {
        Force force = (Force) DiplomacySamples.turquoise().partner();
        for (int i = 1; i < forces; i++) {
            force = Force.builder().name("Force " + i).addLedBy(force).build();
        }
        Partnership partnership = Partnership.builder().from(DiplomacySamples.turquoise()).partner(force).build();
        PeaceAgreement arusha = DiplomacySamples.arusha();
        PeaceAgreement witnessed = PeaceAgreement.builder().from(arusha)
                .addParticipant(Participant.of(force, ParticipantRole.WITNESS)).build();
        return Mission.builder().from(DiplomacySamples.unamir()).agreements(List.of(witnessed))
                .partnerships(List.of(partnership)).build();
    }

    @Test
    void writesAndReadsForcesNestedAsDeepAsTheReadersAllow() {
        Mission deepest = withForcesNested(8);

        assertThat(Wire.JSON.readMission(Wire.writeMission(deepest))).isEqualTo(deepest);
    }

    @Test
    void refusesToWriteForcesNestedDeeperThanTheReadersRead() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> Wire.JSON.writeMission(withForcesNested(9)));

        assertThat(thrown).isInstanceOf(io.github.peacekeeping.core.PeacekeepingException.class)
                .hasMessage("Invalid value for agreements[0].participants[5].actor.force: \"Force 8\" (forces nested in"
                        + " their leaders at most 8 deep, as the readers' nesting limit allows; this one heads 9)");
    }

    /** UNAMIR's document with budgets added at its end. */
    private static String withBudgets(String budgets) {
        String unamir = DiplomacySamples.UNAMIR_JSON;
        return unamir.substring(0, unamir.length() - 1) + ",'budgets':[" + budgets + "]}";
    }

    @Test
    void refusesAnUnknownFieldOfALinkAndNamesTheLinksFields() {
        String document = json(DiplomacySamples.UNAVEM_III_JSON.replace("'handOver'", "'handover'"));

        JsonError e = Wire.error(() -> Wire.JSON.readMission(document));

        assertThat(e.path()).isEqualTo("links[1]");
        assertThat(e.column()).isEqualTo(document.indexOf("\"handover\"") + 1);
        assertThat(e.expected()).containsExactly("kind", "mission", "handOver");
        assertThat(Wire.schemaErrors(document, null)).isNotEmpty();
    }
}
