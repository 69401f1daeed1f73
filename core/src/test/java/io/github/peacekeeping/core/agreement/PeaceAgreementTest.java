package io.github.peacekeeping.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Diplomacy;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The real agreements of the fixtures, and every construction check with its exact message. */
class PeaceAgreementTest {

    private static final State RWANDA = State.of(CountryCode.of("RWA"));

    private static PeaceAgreement.Builder minimal() {
        return PeaceAgreement.builder().name("Arusha Peace Agreement").kind(AgreementKind.AGREEMENT)
                .date(LocalDate.of(1993, 8, 4)).addParticipant(Participant.of(RWANDA, ParticipantRole.PARTY));
    }

    @Test
    void arusha() {
        PeaceAgreement arusha = Diplomacy.arusha();
        assertThat(arusha).hasToString("Arusha Peace Agreement (1993-08-04)");
        assertThat(arusha.paxId()).hasValue(475);
        assertThat(arusha.place()).hasValue("Arusha");
        assertThat(arusha.document()).isEmpty();
        assertThat(arusha.parties()).extracting(Participant::toString)
                .containsExactly("PARTY RWA (Juvénal Habyarimana)", "PARTY Rwandese Patriotic Front (Alexis Kanyarengwe)");
        assertThat(arusha.thirdParties()).hasSize(14).first().hasToString("FACILITATOR TZA (Ali Hassan Mwinyi)");
        assertThat(arusha.thirdParties()).filteredOn(p -> p.role() == ParticipantRole.OBSERVER).hasSize(8);
        assertThat(PeaceAgreement.builder().from(arusha).build()).isEqualTo(arusha);
    }

    @Test
    void theOtherRealAgreements() {
        PeaceAgreement proposal = Diplomacy.settlementProposal();
        assertThat(proposal.kind()).isEqualTo(AgreementKind.PROPOSAL);
        assertThat(proposal.parties()).isEmpty();
        assertThat(proposal.thirdParties()).extracting(Participant::toString)
                .containsExactly("PROPOSER CAN", "PROPOSER FRA", "PROPOSER DEU", "PROPOSER GBR", "PROPOSER USA");
        assertThat(proposal.document()).hasValue("S/12636");
        assertThat(Diplomacy.tripartiteAgreement().parties()).hasSize(3);
        assertThat(Diplomacy.tripartiteAgreement().thirdParties()).extracting(Participant::toString).containsExactly("MEDIATOR USA");
        assertThat(Diplomacy.angolaCubaAgreement().document()).hasValue("S/20345");
        PeaceAgreement rArcss = Diplomacy.revitalizedAgreement();
        assertThat(rArcss.paxId()).hasValue(2112);
        assertThat(rArcss.parties()).hasSize(5);
        assertThat(rArcss.thirdParties()).extracting(p -> p.role().name())
                .containsExactly("MEDIATOR", "GUARANTOR", "GUARANTOR");
    }

    @Test
    void participant() {
        Participant facilitator = Participant.of(State.of(CountryCode.of("TZA")), ParticipantRole.FACILITATOR, "Ali Hassan Mwinyi");
        assertThat(facilitator.person()).hasValue("Ali Hassan Mwinyi");
        assertThat(Participant.of(Organization.IGAD, ParticipantRole.MEDIATOR)).hasToString("MEDIATOR IGAD");
        assertThat(ParticipantRole.PARTY.isThirdParty()).isFalse();
        assertThat(ParticipantRole.PRESENT.isThirdParty()).isTrue();
        assertThatThrownBy(() -> Participant.of(RWANDA, ParticipantRole.PARTY, " "))
                .isInstanceOf(PeacekeepingException.class).hasMessage("Invalid value for person: \" \" (must not be blank)");
        assertThatThrownBy(() -> Participant.of(null, ParticipantRole.PARTY)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for actor (required)");
        assertThatThrownBy(() -> Participant.of(RWANDA, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for role (required)");
        assertThatThrownBy(() -> Participant.of(RWANDA, ParticipantRole.PARTY, null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for person (required)");
    }

    @Test
    void anAgreementHasAParty() {
        assertThatThrownBy(() -> PeaceAgreement.builder().name("X").kind(AgreementKind.AGREEMENT).date(LocalDate.of(1993, 8, 4))
                .addParticipant(Participant.of(Organization.UN, ParticipantRole.WITNESS)).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for participants: [WITNESS UN] (an agreement must have at least one PARTY)");
    }

    @Test
    void aProposalHasAProposer() {
        assertThatThrownBy(() -> PeaceAgreement.builder().name("X").kind(AgreementKind.PROPOSAL).date(LocalDate.of(1978, 4, 10))
                .addParticipant(Participant.of(Group.of("SWAPO"), ParticipantRole.PARTY)).build())
                .hasMessage("Invalid value for participants: [PARTY SWAPO] (a proposal must have at least one PROPOSER)");
    }

    @Test
    void textsAreNeitherBlankNorPadded() {
        assertThatThrownBy(() -> minimal().name(" ").build()).hasMessage("Invalid value for name: \" \" (must not be blank)");
        assertThatThrownBy(() -> minimal().title("").build()).hasMessage("Invalid value for title: \"\" (must not be blank)");
        assertThatThrownBy(() -> minimal().place("Arusha ").build())
                .hasMessage("Invalid value for place: \"Arusha \" (must not start or end with blanks)");
        assertThatThrownBy(() -> minimal().document("\t").build()).hasMessage("Invalid value for document: \"\\t\" (must not be blank)");
    }

    @Test
    void paxIdIsPositive() {
        assertThatThrownBy(() -> minimal().paxId(0).build()).hasMessage("Invalid value for paxId: 0 (must be positive)");
        assertThat(minimal().paxId(1).build().paxId()).hasValue(1);
    }

    @Test
    void noParticipantTwice() {
        assertThatThrownBy(() -> minimal().addParticipant(Participant.of(RWANDA, ParticipantRole.PARTY)).build())
                .hasMessage("Invalid value for participants: [PARTY RWA, PARTY RWA] (must not repeat PARTY RWA)");
        // The same actor in two roles is two participants.
        assertThat(minimal().addParticipant(Participant.of(RWANDA, ParticipantRole.WITNESS)).build().participants()).hasSize(2);
    }

    @Test
    void requiredValues() {
        assertThatThrownBy(() -> PeaceAgreement.builder().build()).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for name, kind, date (required)");
    }
}
