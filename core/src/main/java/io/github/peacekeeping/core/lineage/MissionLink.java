package io.github.peacekeeping.core.lineage;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.internal.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link from a mission to the mission before or after it, named by its acronym, with the day of the
 * hand-over where the record gives it: MONUC's successor is {@code MONUSCO from 2010-07-01} (resolution 1925
 * (2010) of 28 May 2010 extended MONUC to 30 June 2010 and named it MONUSCO from 1 July 2010).
 *
 * <p>The hand-over day is the first day of the later mission's responsibility, the same day seen from both
 * missions. Construction refuses a blank or padded acronym; whether the day fits the missions' lives is for
 * the validators (rules PK123, PK125 and PK126). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MissionLink {

    MissionLink() {
    }

    /**
     * Returns which way the link points.
     *
     * @return the kind, not null
     */
    @Value.Parameter
    public abstract LinkKind kind();

    /**
     * Returns the acronym of the linked mission, e.g. "MONUSCO".
     *
     * @return the acronym, not blank
     */
    @Value.Parameter
    public abstract String mission();

    /**
     * Returns the first day of the later mission's responsibility.
     *
     * @return the day, empty if the record does not give it
     */
    public abstract Optional<LocalDate> handOver();

    /**
     * Obtains a link without a hand-over day.
     *
     * @param kind     which way the link points, not null
     * @param mission  the acronym of the linked mission, not blank
     * @return the link, not null
     * @throws PeacekeepingException if a value is missing or the acronym is blank or padded
     */
    public static MissionLink of(LinkKind kind, String mission) {
        return ImmutableMissionLink.of(kind, mission);
    }

    /**
     * Obtains a link with the day of the hand-over.
     *
     * @param kind      which way the link points, not null
     * @param mission   the acronym of the linked mission, not blank
     * @param handOver  the first day of the later mission's responsibility, not null
     * @return the link, not null
     * @throws PeacekeepingException if a value is missing or the acronym is blank or padded
     */
    public static MissionLink of(LinkKind kind, String mission, LocalDate handOver) {
        if (handOver == null) {
            throw new MissingValueException(FieldNames.HAND_OVER);
        }
        return new ImmutableMissionLink.Builder().kind(kind).mission(mission).handOver(handOver).build();
    }

    @Value.Check
    void check() {
        Require.text(FieldNames.MISSION, mission());
    }

    /**
     * Returns the kind, the acronym and the day, e.g. {@code SUCCESSOR MONUSCO from 2010-07-01}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return kind() + " " + mission() + handOver().map(d -> " from " + d).orElse("");
    }
}
