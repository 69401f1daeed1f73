package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.VotingRule.ASSEMBLY_IMPORTANT_QUESTION;
import static io.github.peacekeeping.core.VotingRule.ASSEMBLY_OTHER_QUESTION;
import static io.github.peacekeeping.core.VotingRule.COUNCIL_PROCEDURAL;
import static io.github.peacekeeping.core.VotingRule.COUNCIL_SUBSTANTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Article 27 of the Charter in the Security Council and Article 18 in the General Assembly, on real votes.
 *
 * <p>Security Council tallies from the Dag Hammarskjöld Library's table of Council meetings (data set
 * unsc-meetings-votes); the members against from the resolutions as published ("Resolutions and decisions
 * of the Security Council"): S/RES/87 (1950) "by 7 votes to 3 (China, Cuba, United States of America), with
 * one abstention (Egypt)"; S/RES/119 (1956), France and the United Kingdom against; S/RES/120 (1956) "by 10
 * votes to 1 (Union of Soviet Socialist Republics)"; S/RES/157 (1960) "by 8 votes to 2 (Poland, Union of
 * Soviet Socialist Republics), with 1 abstention". The first three convened emergency special sessions of
 * the General Assembly, and 87 invited the People's Republic of China to the Council: procedural matters.
 *
 * <p>General Assembly votes: A/RES/1000 (ES-I) of 5 November 1956 (UNEF I), 57-0-19 (UN, first emergency
 * special session); on 11 November 1969, by the US Mission's telegram 4146 (Foreign Relations of the United
 * States 1969-1976, vol. V, document 283), the "important question" resolution on the representation of China
 * adopted 71-48-4, and the Albanian resolution, which needed two thirds as an important question (resolution
 * 1668 (XVI)), defeated 48-56-21.
 */
class VotingRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // symbol,          day,        yes, no, abstain, against
        "S/RES/87 (1950),   1950-09-29, 7,   3,  1,       TWN CUB USA",
        "S/RES/119 (1956),  1956-10-31, 7,   2,  2,       FRA GBR",
        "S/RES/120 (1956),  1956-11-04, 10,  1,  0,       SUN",
        "S/RES/157 (1960),  1960-09-17, 8,   2,  1,       POL SUN",
    })
    void proceduralDecisionsWithPermanentMembersAgainstAreAdoptedAndWouldBeVetoedIfSubstantive(
            String symbol, LocalDate day, int yes, int no, int abstain, String against) {
        Vote vote = Vote.builder().yes(yes).no(no).abstain(abstain)
                .against(java.util.Arrays.stream(against.split(" ")).map(CountryCode::of).toList()).build();
        assertThat(COUNCIL_PROCEDURAL.outcomeOf(vote, day)).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(COUNCIL_SUBSTANTIVE.outcomeOf(vote, day)).isEqualTo(VoteOutcome.VETOED);
        assertThat(vote.membersCounted()).isEqualTo(SecurityCouncil.membersOn(day));
    }

    @ParameterizedTest
    @CsvSource({
        "1965-12-31, 6, TOO_FEW_VOTES",
        "1965-12-31, 7, ADOPTED",
        "1966-01-01, 8, TOO_FEW_VOTES",
        "1966-01-01, 9, ADOPTED",
    })
    void proceduralDecisionsNeedTheSameNumberOfVotes(LocalDate day, int yes, VoteOutcome outcome) {
        assertThat(COUNCIL_PROCEDURAL.outcomeOf(Vote.of(yes, 2, 0), day)).isEqualTo(outcome);
        assertThat(COUNCIL_PROCEDURAL.votesRequired(Vote.of(yes, 2, 0), day)).isEqualTo(day.getYear() < 1966 ? 7 : 9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // what,                                   yes, no, abstain, two thirds,    majority
        "A/RES/1000 (ES-I) 1956-11-05,             57,  0,  19,      ADOPTED,       ADOPTED",
        "important question resolution 1969-11-11, 71,  48, 4,       TOO_FEW_VOTES, ADOPTED",
        "Albanian resolution 1969-11-11,           48,  56, 21,      TOO_FEW_VOTES, TOO_FEW_VOTES",
    })
    void theAssemblyDecidesByArticle18(String what, int yes, int no, int abstain, VoteOutcome twoThirds, VoteOutcome majority) {
        Vote vote = Vote.of(yes, no, abstain);
        LocalDate day = LocalDate.of(1969, 11, 11);
        assertThat(ASSEMBLY_IMPORTANT_QUESTION.outcomeOf(vote, day)).isEqualTo(twoThirds);
        assertThat(ASSEMBLY_OTHER_QUESTION.outcomeOf(vote, day)).isEqualTo(majority);
    }

    @ParameterizedTest
    @CsvSource({
        // yes, no, abstain, two thirds needs, two thirds,    majority needs, majority
        "0,     0,  100,     1,                TOO_FEW_VOTES, 1,              TOO_FEW_VOTES",
        "1,     0,  100,     1,                ADOPTED,       1,              ADOPTED",
        "47,    47, 20,      94,               TOO_FEW_VOTES, 48,             TOO_FEW_VOTES",
        "48,    47, 0,       94,               TOO_FEW_VOTES, 48,             ADOPTED",
        "94,    47, 0,       94,               ADOPTED,       48,             ADOPTED",
        "93,    47, 0,       94,               TOO_FEW_VOTES, 48,             ADOPTED",
        "0,     2147483647, 0, 2147483647,     TOO_FEW_VOTES, 2147483647,     TOO_FEW_VOTES",
    })
    void assemblyBoundaries(int yes, int no, int abstain, int twoThirdsNeeds, VoteOutcome twoThirds,
            int majorityNeeds, VoteOutcome majority) {
        // Abstentions are not votes (rule 86); an equal division is no majority; two thirds of 141 present and
        // voting is 94.
        Vote vote = Vote.of(yes, no, abstain);
        LocalDate day = LocalDate.of(2000, 1, 1);
        assertThat(ASSEMBLY_IMPORTANT_QUESTION.votesRequired(vote, day)).isEqualTo(twoThirdsNeeds);
        assertThat(ASSEMBLY_IMPORTANT_QUESTION.outcomeOf(vote, day)).isEqualTo(twoThirds);
        assertThat(ASSEMBLY_OTHER_QUESTION.votesRequired(vote, day)).isEqualTo(majorityNeeds);
        assertThat(ASSEMBLY_OTHER_QUESTION.outcomeOf(vote, day)).isEqualTo(majority);
    }
}
