package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.PersonnelCategory;

/**
 * The builder of a flat contribution record, which the model makes from a mission's acronym and a
 * deployment ({@link ContributionRecord#of}): the fields of one JSON Lines record reach these parts.
 *
 * <p>This class is not thread-safe, like every builder.
 */
final class RecordParts {

    /** The mission's acronym, or null before it is read. */
    private String mission;
    /** The deployment's fields. */
    final DeploymentParts<PersonnelCategory> deployment = new DeploymentParts<>();

    void mission(String acronym) {
        this.mission = acronym;
    }

    ContributionRecord build() {
        return ContributionRecord.of(mission, deployment.build());
    }
}
