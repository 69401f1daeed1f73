package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.FiscalYear;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a mission and a decision check of the agreements, partners, links, aliases and budgets they carry. */
class DiplomacyConstructionTest {

    @Test
    void unamirWithTheArushaAgreementAndOperationTurquoise() {
        Mission unamir = Diplomacy.unamir().build();
        assertThat(unamir.agreements()).extracting(a -> a.name()).containsExactly("Arusha Peace Agreement");
        assertThat(unamir.agreement("Arusha Peace Agreement")).hasValue(Diplomacy.arusha());
        assertThat(unamir.agreement("Tripartite Agreement")).isEmpty();
        assertThat(unamir.mandates().get(0).supports()).containsExactly("Arusha Peace Agreement");
        assertThat(unamir.mandates().get(1).supports()).isEmpty();
        assertThat(unamir.partnerships()).containsExactly(Diplomacy.operationTurquoise());
        assertThat(unamir.links()).isEmpty();
        assertThat(unamir.aliases()).isEmpty();
        assertThat(unamir.budgets()).isEmpty();
        assertThat(Mission.builder().from(unamir).build()).isEqualTo(unamir);
    }

    @Test
    void aDecisionSupportsAnAgreementOfTheMission() {
        List<Mandate> mandates = new ArrayList<>(Unamir.mandates());
        mandates.set(1, Mandate.builder().from(mandates.get(1)).addAgreement("Arusha Accords").build());
        assertThatThrownBy(() -> Diplomacy.unamir().mandates(mandates).build()).isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for supports: \"Arusha Accords\" (S/RES/909 (1994) supports no agreement of the "
                        + "mission by that name)");
    }

    @Test
    void aDecisionNamesAnAgreementOnce() {
        assertThatThrownBy(() -> Mandate.builder().from(Unamir.mandates().get(0)).addAgreement("Arusha Peace Agreement")
                .addAgreement("Arusha Peace Agreement").build())
                .hasMessage("Invalid value for supports: [Arusha Peace Agreement, Arusha Peace Agreement] "
                        + "(must not repeat Arusha Peace Agreement)");
    }

    @Test
    void agreementNamesAreUnique() {
        assertThatThrownBy(() -> Diplomacy.unamir().addAgreement(Diplomacy.arusha()).build())
                .hasMessage("Invalid value for agreements: \"Arusha Peace Agreement\" (names two agreements)");
    }

    @Test
    void partnershipsAndBudgetsAreNotRepeated() {
        assertThatThrownBy(() -> Diplomacy.unamir().addPartnership(Diplomacy.operationTurquoise()).build())
                .hasMessage("Invalid value for partnerships: [AUTHORIZED_ALONGSIDE Operation Turquoise on 1994-06-22 under "
                        + "S/RES/929 (1994), AUTHORIZED_ALONGSIDE Operation Turquoise on 1994-06-22 under S/RES/929 (1994)] "
                        + "(must not repeat AUTHORIZED_ALONGSIDE Operation Turquoise on 1994-06-22 under S/RES/929 (1994))");
        Appropriation budget = Appropriation.builder().period(FiscalYear.of(1994).period()).amount(UsdAmount.ofDollars(1))
                .funding(Funding.SPECIAL_ACCOUNT).build();
        assertThatThrownBy(() -> Unamir.builder().addBudget(budget).addBudget(budget).build())
                .hasMessage("Invalid value for budgets: [USD 1 for 1994-07-01/1995-06-30 (SPECIAL_ACCOUNT), USD 1 for "
                        + "1994-07-01/1995-06-30 (SPECIAL_ACCOUNT)] (must not repeat USD 1 for 1994-07-01/1995-06-30 (SPECIAL_ACCOUNT))");
    }

    @Test
    void links() {
        MissionLink link = MissionLink.of(LinkKind.SUCCESSOR, "UNAMIR II");
        assertThat(Unamir.builder().addLink(link).build().links()).containsExactly(link);
        assertThatThrownBy(() -> Unamir.builder().addLink(link).addLink(link).build())
                .hasMessage("Invalid value for links: [SUCCESSOR UNAMIR II, SUCCESSOR UNAMIR II] (must not repeat SUCCESSOR UNAMIR II)");
        assertThatThrownBy(() -> Unamir.builder().addLink(MissionLink.of(LinkKind.PREDECESSOR, "UNAMIR")).build())
                .hasMessage("Invalid value for links: \"PREDECESSOR UNAMIR\" (a mission is not linked to itself)");
    }

    @Test
    void aliases() {
        assertThat(Unamir.builder().addAlias("MINUAR").build().aliases()).containsExactly("MINUAR");
        assertThatThrownBy(() -> Unamir.builder().addAlias("UNAMIR").build())
                .hasMessage("Invalid value for aliases: \"UNAMIR\" (is the mission's acronym)");
        assertThatThrownBy(() -> Unamir.builder().addAlias("MINUAR").addAlias("MINUAR").build())
                .hasMessage("Invalid value for aliases: [MINUAR, MINUAR] (must not repeat MINUAR)");
        assertThatThrownBy(() -> Unamir.builder().addAlias(" ").build())
                .hasMessage("Invalid value for aliases: \" \" (must not be blank)");
        assertThatThrownBy(() -> Unamir.builder().addAlias((String) null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for aliases: null element (elements must not be null)");
    }
}
