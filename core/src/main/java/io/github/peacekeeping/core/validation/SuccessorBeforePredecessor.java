package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.util.function.Consumer;

/** PK125: a successor mission was established before its predecessor. */
final class SuccessorBeforePredecessor implements SuccessionCheck {

    @Override
    public void check(Rule rule, MissionProfile mission, MissionLink link, MissionProfile linked, String path,
            Consumer<? super Finding> findings) {
        MissionProfile predecessor = link.kind() == LinkKind.PREDECESSOR ? linked : mission;
        MissionProfile successor = link.kind() == LinkKind.PREDECESSOR ? mission : linked;
        if (successor.established().latest().isBefore(predecessor.established().earliest())) {
            findings.accept(Finding.of(rule, path, successor.acronym() + ", established " + DateWords.onOrIn(successor.established())
                    + ", succeeds " + predecessor.acronym() + ", established later, " + DateWords.onOrIn(predecessor.established())));
        }
    }
}
