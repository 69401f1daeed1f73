package io.github.peacekeeping.core;

import java.util.Optional;

/**
 * The senior posts of a mission (Challenges Forum, "Mission Leadership" handbook,
 * missionleadership.challengesforum.org). Small observer missions such as UNTSO and UNMOGIP are led by
 * a Chief Military Observer or a Head of Mission and Chief of Staff.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LeadershipRole {
    /** Head of Mission, usually a Special Representative of the Secretary-General (SRSG). */
    HEAD_OF_MISSION(null, true),
    /** Deputy Head of Mission (Deputy SRSG); a mission may have several at once. */
    DEPUTY_HEAD_OF_MISSION(null, false),
    /** Force Commander: heads the military component. */
    FORCE_COMMANDER(ComponentType.MILITARY, true),
    /** Police Commissioner: heads the police component. */
    POLICE_COMMISSIONER(ComponentType.POLICE, true),
    /** Chief of Staff. */
    CHIEF_OF_STAFF(null, true),
    /** Director or Chief of Mission Support. */
    DIRECTOR_OF_MISSION_SUPPORT(null, true),
    /** Chief Military Observer, who leads an observer mission or its observers. */
    CHIEF_MILITARY_OBSERVER(null, true);

    private final ComponentType heads;
    private final boolean singleHolder;

    LeadershipRole(ComponentType heads, boolean singleHolder) {
        this.heads = heads;
        this.singleHolder = singleHolder;
    }

    /**
     * Returns the component this role heads, which the mission must have.
     *
     * @return the military component for the Force Commander, the police component for the Police
     *         Commissioner, empty for the other roles
     */
    public Optional<ComponentType> heads() {
        return Optional.ofNullable(heads);
    }

    /**
     * Checks whether one person at a time holds this role. Deputy heads of mission are often several
     * at once (one for political affairs, one resident coordinator).
     *
     * @return true for every role but {@link #DEPUTY_HEAD_OF_MISSION}
     */
    public boolean isSingleHolder() {
        return singleHolder;
    }
}
