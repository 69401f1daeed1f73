package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.VotingRule.COUNCIL_SUBSTANTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Security Council's adoption rule on substantive matters (Charter, Article 27(3); Council of 11 until
 * 1965, of 15 since) on real votes, and the members that did not take part. Sources: Dag Hammarskjöld
 * Library "Security Council meetings" tables and veto list (data sets unsc-meetings-votes and unsc-vetoes),
 * UN press releases SC/14077 for resolution 2504 (2020) and SC/16208 for resolution 2797 (2025).
 */
class VoteTest {

    private static final CountryCode RUS = CountryCode.of("RUS");
    private static final CountryCode SUN = CountryCode.of("SUN");
    private static final CountryCode DZA = CountryCode.of("DZA");

    @Test
    void s2000_1171WithEightVotesIsNotAdopted() {
        // Draft resolution S/2000/1171, 18 December 2000: 8-0-7, "not adopted".
        Vote vote = Vote.of(8, 0, 7);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, LocalDate.of(2000, 12, 18))).isEqualTo(VoteOutcome.TOO_FEW_VOTES);
    }

    @Test
    void s2017_962IsVetoedByTheRussianFederation() {
        // Draft resolution S/2017/962, 16 November 2017: 11-2-2, Bolivia and the Russian Federation against.
        Vote vote = Vote.of(11, 2, 2, RUS, CountryCode.of("BOL"));
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, LocalDate.of(2017, 11, 16))).isEqualTo(VoteOutcome.VETOED);
        assertThat(vote.permanentMembersAgainst()).containsExactly(PermanentSeat.RUSSIAN_FEDERATION);
    }

    @Test
    void s4578Rev1IsVetoedByTheUssr() {
        // Draft resolution S/4578/Rev.1 on the Congo, 13 December 1960: 7-3-1, vetoed by the USSR.
        Vote vote = Vote.of(7, 3, 1, SUN);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, LocalDate.of(1960, 12, 13))).isEqualTo(VoteOutcome.VETOED);
        assertThat(vote.permanentMembersAgainst()).containsExactly(PermanentSeat.RUSSIAN_FEDERATION);
    }

    @Test
    void resolution2504IsAdoptedWithFourPermanentMembersAbstaining() {
        // S/RES/2504 (2020), 10 January 2020: 11-0-4 (China, Russian Federation, United Kingdom, United States abstaining).
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(11, 0, 4), LocalDate.of(2020, 1, 10))).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void resolution2220IsAdoptedWithExactlyNine() {
        // S/RES/2220 (2015), 22 May 2015: 9-0-6.
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(9, 0, 6), LocalDate.of(2015, 5, 22))).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void sevenOfElevenAdoptedBefore1966() {
        // The rule of 1960: 7 of 11. The data set has no 1960 resolution with exactly 7; the real ones with 7
        // are S/RES/190 (1964) of 9 June 1964 and S/RES/202 (1965) of 6 May 1965, both 7-0-4.
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(7, 0, 4), LocalDate.of(1960, 7, 1))).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(7, 0, 4), LocalDate.of(1964, 6, 9))).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(7, 0, 4), LocalDate.of(1965, 5, 6))).isEqualTo(VoteOutcome.ADOPTED);
    }

    @ParameterizedTest
    @CsvSource({
        "1965-12-31, 7, ADOPTED",
        "1965-12-31, 6, TOO_FEW_VOTES",
        "1966-01-01, 7, TOO_FEW_VOTES",
        "1966-01-01, 8, TOO_FEW_VOTES",
        "1966-01-01, 9, ADOPTED",
    })
    void councilSizeChangesOnTheFirstOf1966(LocalDate date, int yes, VoteOutcome outcome) {
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(yes, 0, 0), date)).isEqualTo(outcome);
        assertThat(SecurityCouncil.membersOn(date)).isEqualTo(date.getYear() < 1966 ? 11 : 15);
        assertThat(SecurityCouncil.votesRequiredOn(date)).isEqualTo(date.getYear() < 1966 ? 7 : 9);
    }

    @Test
    void aNegativeVoteOnADraftThatLackedTheVotesIsNotAVeto() {
        // S/2014/916, 30 December 2014: 8-2-5, the United States and Australia against. Not in the veto list.
        Vote vote = Vote.of(8, 2, 5, CountryCode.of("USA"), CountryCode.of("AUS"));
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, LocalDate.of(2014, 12, 30))).isEqualTo(VoteOutcome.TOO_FEW_VOTES);
    }

    @Test
    void eitherCodeOfASeatIsAPermanentMember() {
        LocalDate day = LocalDate.of(1960, 12, 13);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(8, 1, 2, CountryCode.of("TWN")), day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(8, 1, 2, CountryCode.of("CHN")), day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(8, 1, 2, RUS), day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(Vote.of(8, 1, 2, CountryCode.of("EGY")), day)).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void seatsKnowTheirHolders() {
        assertThat(PermanentSeat.CHINA.holderOn(LocalDate.of(1971, 10, 25))).isEqualTo(CountryCode.of("TWN"));
        assertThat(PermanentSeat.CHINA.holderOn(LocalDate.of(1971, 10, 26))).isEqualTo(CountryCode.of("CHN"));
        assertThat(PermanentSeat.RUSSIAN_FEDERATION.holderOn(LocalDate.of(1991, 12, 24))).isEqualTo(SUN);
        assertThat(PermanentSeat.RUSSIAN_FEDERATION.holderOn(LocalDate.of(1991, 12, 25))).isEqualTo(RUS);
        assertThat(PermanentSeat.FRANCE.holderOn(LocalDate.of(1946, 1, 17))).isEqualTo(CountryCode.of("FRA"));
    }

    @Test
    void ofNamesTheSeatOrRefusesAndHeldByMayFindNone() {
        assertThat(PermanentSeat.of(SUN)).isEqualTo(PermanentSeat.RUSSIAN_FEDERATION);
        assertThat(PermanentSeat.of(CountryCode.of("TWN"))).isEqualTo(PermanentSeat.CHINA);
        assertThat(PermanentSeat.heldBy(SUN)).contains(PermanentSeat.RUSSIAN_FEDERATION);
        assertThat(PermanentSeat.heldBy(CountryCode.of("IND"))).isEmpty();
        assertThatThrownBy(() -> PermanentSeat.of(CountryCode.of("IND")))
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for countryCode: IND (never held a permanent seat of the Security Council)");
        assertThatThrownBy(() -> PermanentSeat.of(null)).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for countryCode (required)");
        assertThatThrownBy(() -> PermanentSeat.heldBy(null)).isInstanceOf(MissingValueException.class);
    }

    @Test
    void countsAndText() {
        Vote vote = Vote.of(11, 2, 2, RUS, CountryCode.of("BOL"));
        assertThat(vote.total()).isEqualTo(15);
        assertThat(vote.membersCounted()).isEqualTo(15);
        assertThat(vote).hasToString("11-2-2 against [RUS, BOL]");
        assertThat(Vote.of(15, 0, 0)).hasToString("15-0-0").isEqualTo(Vote.of(15, 0, 0))
                .hasSameHashCodeAs(Vote.of(15, 0, 0)).isNotEqualTo(Vote.of(14, 0, 1));
    }

    @Test
    void resolution2797WithAlgeriaNotParticipating() {
        // S/RES/2797 (2025), MINURSO, 31 October 2025: 11-0-3 (China, Pakistan, Russian Federation abstaining);
        // "Algeria did not participate in the vote" (UN press release SC/16208).
        Vote vote = Vote.builder().yes(11).no(0).abstain(3).addNotParticipating(DZA).build();
        assertThat(vote.total()).isEqualTo(14);
        assertThat(vote.membersCounted()).isEqualTo(15);
        assertThat(vote).hasToString("11-0-3 not participating [DZA]");
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, LocalDate.of(2025, 10, 31))).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(vote).isNotEqualTo(Vote.of(11, 0, 3));
    }

    @Test
    void anAbsentPermanentMemberVetoesNothing() {
        // S/RES/84 (1950), 7 July 1950, the Unified Command in Korea: 7-0-3 (Egypt, India, Yugoslavia abstaining),
        // the USSR absent (Resolutions and decisions of the Security Council, 1950).
        Vote vote = Vote.builder().yes(7).no(0).abstain(3).addNotParticipating(SUN).build();
        assertThat(vote.membersCounted()).isEqualTo(11);
        assertThat(vote.permanentMembersAgainst()).isEmpty();
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, LocalDate.of(1950, 7, 7))).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void aMemberThatVotedNoTookPart() {
        assertThatThrownBy(() -> Vote.builder().yes(7).no(1).abstain(2).addAgainst(SUN).addNotParticipating(SUN).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for notParticipating: [SUN] (SUN voted no, so it took part)");
        assertThatThrownBy(() -> Vote.builder().yes(11).no(0).abstain(3).addNotParticipating(DZA, DZA).build())
                .hasMessage("Invalid value for notParticipating: [DZA, DZA] (must not repeat DZA)");
        assertThatThrownBy(() -> Vote.builder().yes(Integer.MAX_VALUE).no(0).abstain(0).addNotParticipating(DZA).build())
                .hasMessage("Invalid value for notParticipating: 2147483648 (makes a total above 2147483647)");
    }
}
