package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Resolutions: built from a symbol and a day, how they were adopted, and what their votes mean. Votes and
 * days from the Dag Hammarskjöld Library's table of Security Council meetings (data set unsc-meetings-votes)
 * unless said otherwise.
 */
class ResolutionTest {

    private static final LocalDate OCTOBER_5_1993 = LocalDate.of(1993, 10, 5);
    private static final CountryCode FRA = CountryCode.of("FRA");
    private static final CountryCode GBR = CountryCode.of("GBR");

    private static Resolution.Builder s872() {
        return Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), OCTOBER_5_1993);
    }

    @Test
    void councilResolution() {
        Resolution resolution = s872().vote(Vote.of(15, 0, 0)).build();
        assertThat(resolution.body()).isEqualTo(AuthorizingBody.SECURITY_COUNCIL);
        assertThat(resolution.number()).isEqualTo(872);
        assertThat(resolution.session()).isEmpty();
        assertThat(resolution.symbol()).isEqualTo(ResolutionSymbol.ofCouncil(872, 1993)).hasToString("S/RES/872 (1993)");
        assertThat(resolution).hasToString("S/RES/872 (1993) of 1993-10-05, 15-0-0");
        assertThat(resolution.votingRule()).isEqualTo(VotingRule.COUNCIL_SUBSTANTIVE);
        assertThat(resolution.outcome()).contains(VoteOutcome.ADOPTED);
    }

    @Test
    void generalAssemblyResolutionOfTheFirstEmergencySpecialSession() {
        // A/RES/1000 (ES-I), 5 November 1956: the General Assembly establishes UNEF I, 57-0-19 (UN, "First
        // emergency special session of the General Assembly", and A/RES/1001 (ES-I), which recalls it).
        Resolution resolution = Resolution.builder(ResolutionSymbol.parse("A/RES/1000 (ES-I)"), LocalDate.of(1956, 11, 5))
                .vote(Vote.of(57, 0, 19)).build();
        assertThat(resolution.body()).isEqualTo(AuthorizingBody.GENERAL_ASSEMBLY);
        assertThat(resolution.session()).contains("ES-I");
        assertThat(resolution.symbol()).hasToString("A/RES/1000 (ES-I)");
        assertThat(resolution).hasToString("A/RES/1000 (ES-I) of 1956-11-05, 57-0-19");
        assertThat(resolution.votingRule()).isEqualTo(VotingRule.ASSEMBLY_IMPORTANT_QUESTION);
        assertThat(resolution.outcome()).contains(VoteOutcome.ADOPTED);
    }

    @Test
    void adoptionMustFallInTheYearOfTheSymbol() {
        assertThatThrownBy(() -> Resolution.builder(ResolutionSymbol.parse("S/RES/872 (1993)"), LocalDate.of(1994, 1, 1)))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for adopted: 1994-01-01 (must fall in the year of S/RES/872 (1993))");
        assertThatThrownBy(() -> Resolution.builder(null, OCTOBER_5_1993)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for resolution (required)");
        assertThatThrownBy(() -> Resolution.builder(ResolutionSymbol.ofCouncil(872, 1993), null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for adopted (required)");
    }

    @Test
    void aBuilderStartedFromASymbolDoesNotRememberItsYear() {
        // Found by an independent test harness: the builder that parse returned kept the symbol's year through
        // from() and reuse, and then refused valid resolutions.
        Resolution.Builder builder = s872();
        Resolution of1993 = builder.build();
        Resolution of1994 = builder.adopted(LocalDate.of(1994, 1, 6)).build();
        assertThat(of1994.symbol()).hasToString("S/RES/872 (1994)");
        Resolution copied = s872().from(Resolution.builder(ResolutionSymbol.ofCouncil(893, 1994), LocalDate.of(1994, 1, 6))
                .build()).build();
        assertThat(copied.symbol()).hasToString("S/RES/893 (1994)");
        assertThat(of1993.symbol()).hasToString("S/RES/872 (1993)");
    }

    @Test
    void theCouncilAdoptsFrom1946InFourDigitYears() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1)
                .adopted(LocalDate.of(1945, 12, 31)).build())
                .hasMessage("Invalid value for adopted: 1945-12-31 (a Security Council resolution is of a year from 1946 to 9999)");
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(1)
                .adopted(LocalDate.MAX).build())
                .hasMessage("Invalid value for adopted: +999999999-12-31 (a Security Council resolution is of a year "
                        + "from 1946 to 9999)");
    }

    @Test
    void aVoteWithoutAdoptionIsAnAdoptionByVote() {
        Resolution implied = s872().vote(Vote.of(15, 0, 0)).build();
        Resolution stated = s872().vote(Vote.of(15, 0, 0)).adoption(Adoption.VOTE).build();
        assertThat(implied.adoption()).contains(Adoption.VOTE);
        assertThat(implied).isEqualTo(stated).hasSameHashCodeAs(stated);
        assertThat(s872().build().adoption()).isEmpty();
        assertThat(s872().build().outcome()).isEmpty();
        assertThat(s872().adoption(Adoption.VOTE).build().outcome()).isEmpty();
    }

    @Test
    void theAdoptionAVoteImpliesIsTheBuiltResolutionsNotTheBuilders() {
        Resolution.Builder builder = s872().vote(Vote.of(15, 0, 0));
        assertThat(builder.build().adoption()).contains(Adoption.VOTE);
        // The builder keeps what it was given: no vote now, so no adoption either.
        assertThat(builder.vote(Optional.empty()).build().adoption()).isEmpty();
        assertThat(builder.vote(Vote.of(15, 0, 0)).vote((Vote) null).build().adoption()).isEmpty();
        // An adoption given wins, and a vote beside WITHOUT_VOTE is refused as before.
        assertThat(s872().vote(Vote.of(13, 0, 2)).adoption(Optional.of(Adoption.PARTS)).addPart(ResolutionPart.builder().label("A").build()).build()
                .adoption()).contains(Adoption.PARTS);
        assertThatThrownBy(() -> s872().vote(Optional.of(Vote.of(15, 0, 0))).adoption(Adoption.WITHOUT_VOTE).build())
                .hasMessageStartingWith("Invalid value for vote: 15-0-0");
        // An adoption taken back leaves the vote to imply it.
        assertThat(s872().adoption(Adoption.CONSENSUS).adoption((Adoption) null).vote(Vote.of(15, 0, 0)).build()
                .adoption()).contains(Adoption.VOTE);
    }

    @Test
    void aCopyKeepsTheAdoptionAndAddsToWhatTheBuilderHas() {
        Resolution voted = s872().vote(Vote.of(15, 0, 0)).build();
        assertThat(Resolution.builder().from(voted).build()).isEqualTo(voted);
        // A copy of a resolution with no vote keeps the vote given before it.
        Resolution unrecorded = s872().build();
        assertThat(s872().vote(Vote.of(15, 0, 0)).from(unrecorded).build().adoption()).contains(Adoption.VOTE);
        Resolution withoutVote = s872().adoption(Adoption.WITHOUT_VOTE).build();
        assertThat(s872().from(withoutVote).build().adoption()).contains(Adoption.WITHOUT_VOTE);
    }

    @Test
    void resolution918WasAdoptedWithoutAVote() {
        // "S/RES/918 (1994) without vote": the meeting table. It dates the meeting 16 May 1994; the resolution
        // reads "Adopted by the Security Council at its 3377th meeting, on 17 May 1994".
        Resolution resolution = Resolution.builder(ResolutionSymbol.ofCouncil(918, 1994), LocalDate.of(1994, 5, 17))
                .adoption(Adoption.WITHOUT_VOTE).build();
        assertThat(resolution.vote()).isEmpty();
        assertThat(resolution.outcome()).contains(VoteOutcome.ADOPTED);
        assertThat(resolution).hasToString("S/RES/918 (1994) of 1994-05-17, without vote");
        assertThatThrownBy(() -> Resolution.builder().from(resolution).vote(Vote.of(15, 0, 0)).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for vote: 15-0-0 (must be absent when adoption is WITHOUT_VOTE)");
    }

    @Test
    void consensusHasNoTallyEither() {
        Resolution consensus = s872().adoption(Adoption.CONSENSUS).build();
        assertThat(consensus.outcome()).contains(VoteOutcome.ADOPTED);
        assertThat(consensus).hasToString("S/RES/872 (1993) of 1993-10-05, by consensus");
        assertThatThrownBy(() -> s872().adoption(Adoption.CONSENSUS).vote(Vote.of(15, 0, 0)).build())
                .hasMessage("Invalid value for vote: 15-0-0 (must be absent when adoption is CONSENSUS)");
    }

    @Test
    void resolution119WasProceduralAndPassedWithTwoPermanentMembersAgainst() {
        // S/RES/119 (1956), 31 October 1956, convening the General Assembly's first emergency special session:
        // 7-2-2, France and the United Kingdom against; a procedural vote under Article 27(2).
        Resolution.Builder s119 = Resolution.builder(ResolutionSymbol.ofCouncil(119, 1956), LocalDate.of(1956, 10, 31))
                .vote(Vote.of(7, 2, 2, FRA, GBR));
        Resolution procedural = s119.procedural(true).build();
        assertThat(procedural.votingRule()).isEqualTo(VotingRule.COUNCIL_PROCEDURAL);
        assertThat(procedural.outcome()).contains(VoteOutcome.ADOPTED);
        assertThat(procedural).hasToString("S/RES/119 (1956) of 1956-10-31, procedural, 7-2-2 against [FRA, GBR]");
        Resolution substantive = s119.procedural(false).build();
        assertThat(substantive.outcome()).contains(VoteOutcome.VETOED);
        assertThat(substantive).isNotEqualTo(procedural);
    }

    @Test
    void theGeneralAssemblyHasNoProceduralDecisions() {
        assertThatThrownBy(() -> Resolution.builder(ResolutionSymbol.parse("A/RES/1000 (ES-I)"), LocalDate.of(1956, 11, 5))
                .procedural(true).build())
                .hasMessage("Invalid value for procedural: true (Article 27(2) is the Security Council's rule: a General "
                        + "Assembly resolution is never procedural)");
    }

    @Test
    void partsOnlyWithAdoptionByParts() {
        // Resolution 918 (1994) as voted in parts, the record of the vote on part B left out: part A (the mandate)
        // not under Chapter VII, part B (the arms embargo) under it (US Mission cable of 18 May 1994).
        Resolution.Builder s918 = Resolution.builder(ResolutionSymbol.ofCouncil(918, 1994), LocalDate.of(1994, 5, 17));
        ResolutionPart partA = ResolutionPart.builder().label("A").chapterVII(false).build();
        ResolutionPart partB = ResolutionPart.builder().label("B").chapterVII(true).build();
        Resolution inParts = s918.adoption(Adoption.PARTS).addParts(partA, partB).build();
        assertThat(inParts.parts()).extracting(ResolutionPart::label).containsExactly("A", "B");
        assertThat(inParts.parts()).extracting(ResolutionPart::isUnderChapterVII).containsExactly(false, true);
        assertThat(inParts.outcome()).isEmpty();
        assertThat(inParts).hasToString("S/RES/918 (1994) of 1994-05-17, part A, not Chapter VII, part B, Chapter VII");
        assertThatThrownBy(() -> s872().addPart(partB).build())
                .hasMessage("Invalid value for parts: [B] (must be absent unless adoption is PARTS)");
        assertThatThrownBy(() -> s872().adoption(Adoption.PARTS).build())
                .hasMessage("Invalid value for parts: [] (must hold at least one part when adoption is PARTS)");
        assertThatThrownBy(() -> s872().adoption(Adoption.PARTS).addParts(partB, partB).build())
                .hasMessage("Invalid value for parts: [B, B] (must not repeat B)");
        assertThatThrownBy(() -> ResolutionPart.builder().label(" B").build())
                .hasMessage("Invalid value for label: \" B\" (must not start or end with blanks)");
        assertThatThrownBy(() -> ResolutionPart.builder().build()).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for label (required)");
    }

    @Test
    void aVoteOnTheWholeMayFollowThePartsVotes() {
        // An invented record: 872 was not voted in parts.
        Resolution resolution = s872().adoption(Adoption.PARTS)
                .addPart(ResolutionPart.builder().label("B").vote(Vote.of(13, 1, 1)).build())
                .vote(Vote.of(15, 0, 0)).build();
        assertThat(resolution.adoption()).contains(Adoption.PARTS);
        assertThat(resolution.outcome()).contains(VoteOutcome.ADOPTED);
        assertThat(resolution).hasToString("S/RES/872 (1993) of 1993-10-05, 15-0-0, part B, 13-1-1");
    }

    @Test
    void otherConstructionChecks() {
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(0).adopted(OCTOBER_5_1993).build())
                .hasMessage("Invalid value for number: 0 (must be positive)");
        assertThatThrownBy(() -> s872().session("XLVIII").build())
                .hasMessage("Invalid value for session: \"XLVIII\" (must be absent for a Security Council resolution)");
        assertThatThrownBy(() -> Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY).number(1000)
                .adopted(LocalDate.of(1956, 11, 5)).build())
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for session (required)");
    }
}
