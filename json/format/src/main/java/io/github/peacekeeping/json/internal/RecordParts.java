package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.PersonnelCategory;

/**
 * The builder of a flat contribution record, which the model makes from a mission's acronym and a
 * deployment ({@link ContributionRecord#of}): the fields of one JSON Lines record reach these parts. It
 * is the deployment's parts with the acronym added, one object per record rather than two.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class RecordParts extends DeploymentParts<PersonnelCategory> {

    /** The mission's acronym, or null before it is read. */
    private String mission;

    void mission(String acronym) {
        this.mission = acronym;
    }

    ContributionRecord record() {
        return ContributionRecord.of(mission, build());
    }
}
