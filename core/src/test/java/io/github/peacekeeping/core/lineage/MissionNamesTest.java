package io.github.peacekeeping.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The aliases of the UN's fatality file resolved by day, on the days of its own rows. Each mission is
 * responsible from the day its establishing resolution was adopted: UNEF I, A/RES/1000 (ES-I) of 5 November
 * 1956; UNEF II, S/RES/340 (1973) of 25 October 1973; UNAVEM I, S/RES/626 (1988) of 20 December 1988;
 * UNAVEM II, S/RES/696 (1991) of 30 May 1991; UNAVEM III, S/RES/976 (1995) of 8 February 1995; UNOSOM I,
 * S/RES/751 (1992) of 24 April 1992; UNOSOM II, S/RES/814 (1993) of 26 March 1993 (the meeting table, and
 * peacekeeping.un.org for 814).
 */
class MissionNamesTest {

    static MissionNames fatalityFileNames() {
        return MissionNames.builder()
                .add("UNEF I", LocalDate.of(1956, 11, 5), List.of("UNEF"))
                .add("UNEF II", LocalDate.of(1973, 10, 25), List.of("UNEF"))
                .add("UNAVEM I", LocalDate.of(1988, 12, 20), List.of("UNAVEM"))
                .add("UNAVEM II", LocalDate.of(1991, 5, 30), List.of("UNAVEM"))
                .add("UNAVEM III", LocalDate.of(1995, 2, 8), List.of("UNAVEM"))
                .add("UNOSOM I", LocalDate.of(1992, 4, 24), List.of("UNOSOM"))
                .add("UNOSOM II", LocalDate.of(1993, 3, 26), List.of("UNOSOM"))
                .add("UNAMIR", LocalDate.of(1993, 10, 5), List.of())
                .build();
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
        // The UN's fatality file, DPPADPOSS-FATALITIES.csv: its first and last row of each alias, and rows
        // near a change of mission (id = line - 1).
        "UNEF, 1956-12-26, UNEF I",     // id 20, the first UNEF row
        "UNEF, 1966-04-25, UNEF I",     // id 387
        "UNEF, 1980-01-01, UNEF II",    // id 621, the last UNEF row, after UNEF II closed in July 1979
        "UNAVEM, 1991-11-18, UNAVEM II",  // id 866, the first UNAVEM row
        "UNAVEM, 1997-06-24, UNAVEM III", // id 1552, the last UNAVEM row
        "UNOSOM, 1993-03-06, UNOSOM I",   // id 951, before S/RES/814
        "UNOSOM, 1993-05-09, UNOSOM II",  // id 995
        "UNOSOM, 2003-04-20, UNOSOM II",  // id 1893, eight years after UNOSOM II withdrew
        "UNAMIR, 1994-04-07, UNAMIR",
        "UNAMIR, 1950-01-01, UNAMIR",     // an acronym is itself on every day: the validators judge the day
    })
    void aliasesResolveByDay(String name, LocalDate date, String acronym) {
        assertThat(fatalityFileNames().resolve(name, date)).hasValue(acronym);
    }

    @Test
    void theDayOfTakingOverIsTheNewMissions() {
        MissionNames names = fatalityFileNames();
        assertThat(names.resolve("UNAVEM", LocalDate.of(1995, 2, 7))).hasValue("UNAVEM II");
        assertThat(names.resolve("UNAVEM", LocalDate.of(1995, 2, 8))).hasValue("UNAVEM III");
    }

    @Test
    void unknownNamesAndDaysBeforeAnyMission() {
        MissionNames names = fatalityFileNames();
        assertThat(names.resolve("UNAMA", LocalDate.of(2005, 1, 1))).isEmpty();
        assertThat(names.resolve("UNEF", LocalDate.of(1956, 11, 4))).isEmpty();
        assertThat(names.isKnown("UNEF")).isTrue();
        assertThat(names.isKnown("UNEF I")).isTrue();
        assertThat(names.isKnown("UNAMA")).isFalse();
        assertThat(names.isKnown(null)).isFalse();
        assertThat(names.isAlias("UNEF")).isTrue();
        assertThat(names.isAlias("UNEF I")).isFalse();
        assertThat(names.missionsOf("UNAVEM")).containsExactly("UNAVEM I", "UNAVEM II", "UNAVEM III");
        assertThat(names.missionsOf("UNAMIR")).isEmpty();
        assertThat(names).hasToString("MissionNames[8 acronyms, 3 aliases]");
    }

    @Test
    void aHandOverDayStartsTheResponsibility() {
        // MONUSCO took over from MONUC on 1 July 2010 (S/RES/1925 (2010), monuc.unmissions.org); a file that
        // wrote "MONUC" for both would resolve by that day, not by the day 1925 was adopted.
        Mission monusco = mission("MONUSCO", LocalDate.of(2010, 5, 28), List.of("MONUC-MONUSCO"),
                MissionLink.of(LinkKind.PREDECESSOR, "MONUC", LocalDate.of(2010, 7, 1)));
        Mission monuc = mission("MONUC", LocalDate.of(1999, 11, 30), List.of("MONUC-MONUSCO"),
                MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", LocalDate.of(2010, 7, 1)));
        MissionNames names = MissionNames.of(List.of(monuc, monusco));
        assertThat(names.resolve("MONUC-MONUSCO", LocalDate.of(2010, 6, 30))).hasValue("MONUC");
        assertThat(names.resolve("MONUC-MONUSCO", LocalDate.of(2010, 7, 1))).hasValue("MONUSCO");
    }

    /** A mission abridged to what names need: acronym, day of establishment, aliases and links. */
    private static Mission mission(String acronym, LocalDate established, List<String> aliases, MissionLink link) {
        return Mission.builder().acronym(acronym).name(acronym).addHost(CountryCode.of("COD")).region(Region.AFRICA)
                .established(established).addAllAliases(aliases).addLink(link)
                .addMandate(Mandate.builder().resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL)
                        .number(1).adopted(established).build()).addAction(MandateAction.ESTABLISH).effective(established)
                        .chapterVII(false).build())
                .build();
    }

    @Test
    void aNameIsAnAcronymOrAnAlias() {
        assertThatThrownBy(() -> MissionNames.builder().add("UNEF", LocalDate.of(1956, 11, 5), List.of())
                .add("UNEF I", LocalDate.of(1956, 11, 5), List.of("UNEF")).build())
                .isInstanceOf(PeacekeepingException.class)
                .hasMessage("Invalid value for aliases: \"UNEF\" (is the acronym of a mission)");
    }

    @Test
    void oneAliasCannotBeginTwiceOnOneDay() {
        LocalDate day = LocalDate.of(1995, 2, 8);
        assertThatThrownBy(() -> MissionNames.builder().add("UNAVEM II", day, List.of("UNAVEM"))
                .add("UNAVEM III", day, List.of("UNAVEM")))
                .hasMessage("Invalid value for aliases: \"UNAVEM\" (names UNAVEM II and UNAVEM III, both responsible from "
                        + "1995-02-08: the day cannot tell them apart)");
    }

    @Test
    void aRefusedMissionAddsNothing() {
        LocalDate day = LocalDate.of(1995, 2, 8);
        MissionNames.Builder names = MissionNames.builder().add("UNAVEM II", day, List.of("UNAVEM"));

        assertThatThrownBy(() -> names.add("UNAVEM III", day, List.of("UNAVEM")))
                .hasMessage("Invalid value for aliases: \"UNAVEM\" (names UNAVEM II and UNAVEM III, both responsible from "
                        + "1995-02-08: the day cannot tell them apart)");
        assertThat(names.build().isKnown("UNAVEM III")).isFalse();
        assertThat(names.build().resolve("UNAVEM", day)).hasValue("UNAVEM II");
    }

    @Test
    void builderChecks() {
        LocalDate day = LocalDate.of(1995, 2, 8);
        assertThatThrownBy(() -> MissionNames.builder().add("UNAVEM III", day, List.of()).add("UNAVEM III", day, List.of()))
                .hasMessage("Invalid value for acronym: \"UNAVEM III\" (names two missions)");
        assertThatThrownBy(() -> MissionNames.builder().add(null, day, List.of())).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for acronym (required)");
        assertThatThrownBy(() -> MissionNames.builder().add("UNAVEM III", null, List.of())).isInstanceOf(MissingValueException.class)
                .hasMessage("Missing value for established (required)");
        assertThatThrownBy(() -> MissionNames.builder().add("UNAVEM III", day, java.util.Arrays.asList((String) null)))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for aliases: null element (elements must not be null)");
        assertThatThrownBy(() -> MissionNames.builder().add("", day, List.of()))
                .hasMessage("Invalid value for acronym: \"\" (must not be blank)");
        assertThatThrownBy(() -> MissionNames.builder().add("UNAVEM III", day, List.of("UNAVEM ")))
                .hasMessage("Invalid value for aliases: \"UNAVEM \" (must not start or end with blanks)");
    }
}
