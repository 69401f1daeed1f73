package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import java.util.ArrayList;
import io.github.peacekeeping.core.lineage.MissionLink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules that compare missions linked as predecessor and successor ({@link MissionLink}); they need the
 * missions together and are run by {@link SuccessionValidator}. Paths start with the index of the mission
 * in the list validated: {@code /2/links/0}.
 *
 * <table>
 * <caption>The succession rules</caption>
 * <tr><th>code</th><th>severity</th><th>finding</th></tr>
 * <tr><td>PK125</td><td>ERROR</td><td>a successor mission was established before its predecessor</td></tr>
 * <tr><td>PK126</td><td>WARNING</td><td>two linked missions give different hand-over days; INFORMATION when one of them does not link back</td></tr>
 * </table>
 *
 * <p>A link to a mission that is not among those validated is not checked; of two missions with one
 * acronym, the first is the one linked to. This enum is immutable and thread-safe.
 */
public enum SuccessionRule implements Rule {
    /** PK125: a successor mission was established before its predecessor. */
    SUCCESSOR_BEFORE_PREDECESSOR("PK125", Severity.ERROR, "a successor mission was established before its predecessor",
            new SuccessorBeforePredecessor()),
    /** PK126: two linked missions give different hand-over days, or one does not link back. */
    LINKS_DISAGREE("PK126", Severity.WARNING,
            "two linked missions give different hand-over days; INFORMATION when one of them does not link back",
            new LinksDisagree());

    private final String code;
    private final Severity severity;
    private final String description;
    private final SuccessionCheck check;

    SuccessionRule(String code, Severity severity, String description, SuccessionCheck check) {
        this.code = code;
        this.severity = severity;
        this.description = description;
        this.check = check;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Checks one mission alone, which finds nothing: these rules compare a mission with those it links to.
     * Use {@link #check(List, Consumer)} or {@link SuccessionValidator}.
     *
     * @param mission   the mission, not null
     * @param findings  receives nothing, not null
     */
    @Override
    public void check(Mission mission, Consumer<? super Finding> findings) {
        check(List.of(mission), findings);
    }

    /**
     * Checks the links between the given missions and reports every finding, in the order of the missions
     * and of their links.
     *
     * @param missions  the missions, not null, no null element; a link to a mission not among them is not
     *                  checked
     * @param findings  receives each finding, not null
     */
    public void check(List<Mission> missions, Consumer<? super Finding> findings) {
        List<MissionProfile> profiles = new ArrayList<>(missions.size());
        for (Mission mission : missions) {
            profiles.add(mission.profile());
        }
        checkProfiles(profiles, findings);
    }

    /**
     * Checks the links between the given missions, known by their profiles (a list of operations without
     * their decisions), and reports every finding, in the order of the profiles and of their links: the
     * same findings as {@link #check(List, Consumer)} for the missions of those profiles.
     *
     * @param profiles  the profiles, not null, no null element; a link to a mission not among them is not
     *                  checked
     * @param findings  receives each finding, not null
     */
    public void checkProfiles(List<MissionProfile> profiles, Consumer<? super Finding> findings) {
        Map<String, MissionProfile> byAcronym = new HashMap<>();
        for (MissionProfile mission : profiles) {
            byAcronym.putIfAbsent(mission.acronym(), mission);
        }
        for (int m = 0; m < profiles.size(); m++) {
            MissionProfile mission = profiles.get(m);
            List<MissionLink> links = mission.links();
            for (int l = 0; l < links.size(); l++) {
                MissionProfile linked = byAcronym.get(links.get(l).mission());
                if (linked != null) {
                    check.check(this, mission, links.get(l), linked, Pointer.of(m, FieldNames.LINKS, l), findings);
                }
            }
        }
    }
}
