package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.time.LocalDate;

/**
 * The builder of a mission link, which the model makes with its factories ({@link MissionLink#of}): the
 * fields of one {@code links} object reach these parts.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class MissionLinkParts {

    private LinkKind kind;
    private String mission;
    /** The day of the hand-over, or null where the record does not give it. */
    private LocalDate handOver;

    void kind(LinkKind value) {
        this.kind = value;
    }

    void mission(String acronym) {
        this.mission = acronym;
    }

    void handOver(LocalDate day) {
        this.handOver = day;
    }

    MissionLink build() {
        return handOver == null ? MissionLink.of(kind, mission) : MissionLink.of(kind, mission, handOver);
    }
}
