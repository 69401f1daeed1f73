package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.time.LocalDate;

/**
 * The builder of a link to another mission, which the model makes from its kind, the mission's acronym and
 * the hand-over day ({@link MissionLink#of}): the fields of {@code {"kind", "mission", "handOver"}} reach
 * these parts.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class LinkParts {

    private LinkKind kind;
    private String mission;
    private LocalDate handOver;

    void kind(LinkKind value) {
        this.kind = value;
    }

    void mission(String value) {
        this.mission = value;
    }

    void handOver(LocalDate value) {
        this.handOver = value;
    }

    MissionLink build() {
        return handOver == null ? MissionLink.of(kind, mission) : MissionLink.of(kind, mission, handOver);
    }
}
