package io.github.peacekeeping.examples.report.shipped;

import static io.github.peacekeeping.core.MandateAction.ADJUST;
import static io.github.peacekeeping.core.MandateAction.ESTABLISH;
import static io.github.peacekeeping.core.MandateAction.EXPAND;
import static io.github.peacekeeping.core.MandateAction.EXTEND;
import static io.github.peacekeeping.core.MandateAction.REDUCE;

import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import java.time.LocalDate;
import java.util.List;

/**
 * MINUSTAH, the United Nations Stabilization Mission in Haiti, as its report draws it: the establishing
 * decision and the decisions of October 2009 to October 2013 that set its authorized strength, the years the
 * UN's figures split by sex cover (November 2009 to February 2014). The decisions of 2004 to 2008 are left
 * out; the contributors' figures come from the contribution file, not from here.
 *
 * <p>Sources. Dates and votes: the Dag Hammarskjold Library's meeting table (unsc-meetings-votes,
 * sample_1946_2019.csv), 15-0-0 for each. S/RES/1542 (2004) of 30 April 2004 established MINUSTAH for six
 * months, with authority taken over from the Multinational Interim Force on 1 June 2004 (UN Digital Library
 * record 520532; the UN's list of operations gives June 2004 to October 2017). Authorized strength, troops of
 * all ranks and police: S/RES/1892 (2009) of 13 October 2009, 6,940 and 2,211, under Chapter VII, until
 * 15 October 2010 (Dialogo, 14 October 2009; Wikipedia's article quoting the UN's press release); S/RES/1908
 * (2010) of 19 January 2010, 8,940 and 3,711 after the earthquake (UN press release SC/9847); S/RES/1927
 * (2010) of 4 June 2010, 680 more police, 4,391, under Chapter VII (SC/9944); S/RES/1944 (2010) of
 * 14 October 2010, the levels maintained, until 15 October 2011, under Chapter VII (UN press release
 * SC/10054; Xinhua via CRI, 15 October 2010); S/RES/2012
 * (2011) of 14 October 2011, 7,340 and 3,241, until 15 October 2012 (La Jornada and SFLCN, 15 October 2011);
 * S/RES/2070 (2012) of 12 October 2012, 6,270 and 2,601, until 15 October 2013 (UN press release SC/10788);
 * S/RES/2119 (2013) of 10 October 2013, 5,021 and 2,601, under Chapter VII, until 15 October 2014 (SC/11142).
 * The Chapter VII basis of 1908, 2012 and 2070 is not stated in the sources read; they are recorded under
 * Chapter VII, as the mission's decisions before and after them were (1840 (2008), 1892, 1944, 2119, and
 * 2180 (2014), SC/11599).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MinustahInputs {

    private MinustahInputs() {
    }

    /**
     * Builds MINUSTAH with its decisions and no personnel.
     *
     * @return the mission, not null
     */
    public static Mission mission() {
        return Mission.builder().acronym("MINUSTAH").name("United Nations Stabilization Mission in Haiti")
                .addHost(CountryCode.of("HTI")).region(Region.AMERICAS)
                .established(LocalDate.of(2004, 6, 1)).closed(PartialDate.of(2017, 10))
                .mandates(decisions())
                .build();
    }

    /**
     * Returns the decisions in order, with the ceilings of troops (all military personnel) and police.
     *
     * @return the decisions, unmodifiable
     */
    public static List<Mandate> decisions() {
        return List.of(
                decision(1542, "2004-04-30", "2004-06-01", "2004-11-30", List.of(ESTABLISH), null),
                decision(1892, "2009-10-13", "2009-10-13", "2010-10-15", List.of(EXTEND, ADJUST), Ceilings.of(6940, 2211)),
                decision(1908, "2010-01-19", "2010-01-19", null, List.of(EXPAND), Ceilings.of(8940, 3711)),
                decision(1927, "2010-06-04", "2010-06-04", null, List.of(EXPAND), Ceilings.of(8940, 4391)),
                decision(1944, "2010-10-14", "2010-10-14", "2011-10-15", List.of(EXTEND), Ceilings.of(8940, 4391)),
                decision(2012, "2011-10-14", "2011-10-14", "2012-10-15", List.of(EXTEND, REDUCE), Ceilings.of(7340, 3241)),
                decision(2070, "2012-10-12", "2012-10-12", "2013-10-15", List.of(EXTEND, REDUCE), Ceilings.of(6270, 2601)),
                decision(2119, "2013-10-10", "2013-10-10", "2014-10-15", List.of(EXTEND, REDUCE), Ceilings.of(5021, 2601)));
    }

    private static Mandate decision(int number, String adopted, String effective, String expires,
            List<MandateAction> actions, Ceilings ceilings) {
        LocalDate day = LocalDate.parse(adopted);
        return Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.ofCouncil(number, day.getYear()), day)
                        .vote(Vote.of(15, 0, 0)).build())
                .actions(actions).effective(LocalDate.parse(effective))
                .expires(expires == null ? null : LocalDate.parse(expires))
                .chapterVII(true).ceilings(ceilings)
                .build();
    }
}
