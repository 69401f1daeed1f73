package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PK126: two linked missions give different hand-over days (reported once, from the predecessor's link), or
 * one of them does not link back (INFORMATION: its record may simply not say).
 */
final class LinksDisagree implements SuccessionCheck {

    @Override
    public void check(Rule rule, MissionProfile mission, MissionLink link, MissionProfile linked, String path,
            Consumer<? super Finding> findings) {
        LinkKind reverse = link.kind() == LinkKind.PREDECESSOR ? LinkKind.SUCCESSOR : LinkKind.PREDECESSOR;
        Optional<MissionLink> back = linked.links().stream()
                .filter(l -> l.kind() == reverse && l.mission().equals(mission.acronym())).findFirst();
        if (back.isEmpty()) {
            findings.accept(Finding.of(rule, Severity.INFORMATION, path, mission.acronym() + " names "
                    + linked.acronym() + " as its " + name(link.kind()) + ", but " + linked.acronym() + " names no "
                    + name(reverse) + " " + mission.acronym()));
            return;
        }
        Optional<LocalDate> day = link.handOver();
        Optional<LocalDate> linkedDay = back.get().handOver();
        if (link.kind() == LinkKind.SUCCESSOR && day.isPresent() && linkedDay.isPresent()
                && !day.get().equals(linkedDay.get())) {
            findings.accept(Finding.of(rule, path, mission.acronym() + " hands over to " + linked.acronym() + " on "
                    + day.get() + ", but " + linked.acronym() + " takes over on " + linkedDay.get()));
        }
    }

    private static String name(LinkKind kind) {
        return kind == LinkKind.PREDECESSOR ? "predecessor" : "successor";
    }
}
