package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Security Council's adoption rule (Charter, Article 27(3); Council of 11 until 1965, of 15 since),
 * on real votes. Sources: Dag Hammarskjöld Library "Security Council meetings" tables and veto list
 * (data sets unsc-meetings-votes and unsc-vetoes), UN press release SC/14077 for resolution 2504 (2020).
 */
class VoteTest {

    private static final CountryCode RUS = CountryCode.of("RUS");
    private static final CountryCode SUN = CountryCode.of("SUN");

    @Test
    void s2000_1171WithEightVotesIsNotAdopted() {
        // Draft resolution S/2000/1171, 18 December 2000: 8-0-7, "not adopted".
        Vote vote = Vote.of(8, 0, 7);
        assertThat(vote.outcomeOn(LocalDate.of(2000, 12, 18))).isEqualTo(VoteOutcome.TOO_FEW_VOTES);
        assertThat(vote.isAdoptedOn(LocalDate.of(2000, 12, 18))).isFalse();
    }

    @Test
    void s2017_962IsVetoedByTheRussianFederation() {
        // Draft resolution S/2017/962, 16 November 2017: 11-2-2, Bolivia and the Russian Federation against.
        Vote vote = Vote.of(11, 2, 2, RUS, CountryCode.of("BOL"));
        assertThat(vote.outcomeOn(LocalDate.of(2017, 11, 16))).isEqualTo(VoteOutcome.VETOED);
        assertThat(vote.permanentMembersAgainst()).containsExactly(PermanentSeat.RUSSIAN_FEDERATION);
    }

    @Test
    void s4578Rev1IsVetoedByTheUssr() {
        // Draft resolution S/4578/Rev.1 on the Congo, 13 December 1960: 7-3-1, vetoed by the USSR.
        Vote vote = Vote.of(7, 3, 1, SUN);
        assertThat(vote.outcomeOn(LocalDate.of(1960, 12, 13))).isEqualTo(VoteOutcome.VETOED);
        assertThat(vote.permanentMembersAgainst()).containsExactly(PermanentSeat.RUSSIAN_FEDERATION);
    }

    @Test
    void resolution2504IsAdoptedWithFourPermanentMembersAbstaining() {
        // S/RES/2504 (2020), 10 January 2020: 11-0-4 (China, Russian Federation, United Kingdom, United States abstaining).
        assertThat(Vote.of(11, 0, 4).outcomeOn(LocalDate.of(2020, 1, 10))).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void resolution2220IsAdoptedWithExactlyNine() {
        // S/RES/2220 (2015), 22 May 2015: 9-0-6.
        assertThat(Vote.of(9, 0, 6).isAdoptedOn(LocalDate.of(2015, 5, 22))).isTrue();
    }

    @Test
    void sevenOfElevenAdoptedBefore1966() {
        // The rule of 1960: 7 of 11. The data set has no 1960 resolution with exactly 7; the real ones with 7
        // are S/RES/190 (1964) of 9 June 1964 and S/RES/202 (1965) of 6 May 1965, both 7-0-4.
        assertThat(Vote.of(7, 0, 4).isAdoptedOn(LocalDate.of(1960, 7, 1))).isTrue();
        assertThat(Vote.of(7, 0, 4).isAdoptedOn(LocalDate.of(1964, 6, 9))).isTrue();
        assertThat(Vote.of(7, 0, 4).isAdoptedOn(LocalDate.of(1965, 5, 6))).isTrue();
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
        assertThat(Vote.of(yes, 0, 0).outcomeOn(date)).isEqualTo(outcome);
        assertThat(SecurityCouncil.membersOn(date)).isEqualTo(date.getYear() < 1966 ? 11 : 15);
        assertThat(SecurityCouncil.votesRequiredOn(date)).isEqualTo(date.getYear() < 1966 ? 7 : 9);
    }

    @Test
    void aNegativeVoteOnADraftThatLackedTheVotesIsNotAVeto() {
        // S/2014/916, 30 December 2014: 8-2-5, the United States and Australia against. Not in the veto list.
        Vote vote = Vote.of(8, 2, 5, CountryCode.of("USA"), CountryCode.of("AUS"));
        assertThat(vote.outcomeOn(LocalDate.of(2014, 12, 30))).isEqualTo(VoteOutcome.TOO_FEW_VOTES);
    }

    @Test
    void eitherCodeOfASeatIsAPermanentMember() {
        LocalDate day = LocalDate.of(1960, 12, 13);
        assertThat(Vote.of(8, 1, 2, CountryCode.of("TWN")).outcomeOn(day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(Vote.of(8, 1, 2, CountryCode.of("CHN")).outcomeOn(day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(Vote.of(8, 1, 2, RUS).outcomeOn(day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(Vote.of(8, 1, 2, CountryCode.of("EGY")).outcomeOn(day)).isEqualTo(VoteOutcome.ADOPTED);
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
        assertThat(vote).hasToString("11-2-2 against [RUS, BOL]");
        assertThat(Vote.of(15, 0, 0)).hasToString("15-0-0").isEqualTo(Vote.of(15, 0, 0))
                .hasSameHashCodeAs(Vote.of(15, 0, 0)).isNotEqualTo(Vote.of(14, 0, 1));
    }
}
