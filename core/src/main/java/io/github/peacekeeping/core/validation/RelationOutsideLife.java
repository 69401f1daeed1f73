package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK123: a hand-over to or from another mission or a partner, or the beginning of a partnership, is dated
 * outside the mission's life. When the mission takes over (from a predecessor, or from a partner's force)
 * and for every other partnership, the day must be one of its days. When it hands over (to a successor, or
 * to a partner), the day is the first of the other's responsibility: the mission must have existed on the
 * day before, so the day may be the day after it closed (MONUC closed on 30 June 2010 and MONUSCO took over
 * on 1 July; UNMIBH closed on 31 December 2002 and the European Union Police Mission took over on 1 January
 * 2003).
 */
final class RelationOutsideLife implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        DateRange life = mission.life();
        List<MissionLink> links = mission.links();
        for (int i = 0; i < links.size(); i++) {
            MissionLink link = links.get(i);
            if (link.handOver().isPresent()) {
                String what = "the hand-over " + (link.kind() == LinkKind.PREDECESSOR ? "from " : "to ") + link.mission();
                check(rule, life, link.kind() == LinkKind.SUCCESSOR, link.handOver().get(), what,
                        Pointer.of(FieldNames.LINKS, i, FieldNames.HAND_OVER), findings);
            }
        }
        List<Partnership> partnerships = mission.partnerships();
        for (int i = 0; i < partnerships.size(); i++) {
            Partnership partnership = partnerships.get(i);
            if (partnership.date().isPresent()) {
                check(rule, life, partnership.kind() == PartnershipKind.HANDS_OVER_TO, partnership.date().get(),
                        "the partnership " + partnership.kind() + " " + partnership.partner(),
                        Pointer.of(FieldNames.PARTNERSHIPS, i, FieldNames.DATE), findings);
            }
        }
    }

    private static void check(Rule rule, DateRange life, boolean handsOver, LocalDate day, String what, String path,
            Consumer<? super Finding> findings) {
        if (handsOver) {
            if (!life.contains(day.minusDays(1))) {
                findings.accept(Finding.of(rule, path, what + " on " + day
                        + " is not the day after a day of the mission's life " + life));
            }
        } else if (!life.contains(day)) {
            findings.accept(Finding.of(rule, path, what + " on " + day + " is outside the mission's life " + life));
        }
    }
}
