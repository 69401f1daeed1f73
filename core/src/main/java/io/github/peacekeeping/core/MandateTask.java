package io.github.peacekeeping.core;

import java.util.Optional;

/**
 * A task that a mandate assigns to a mission, in the hierarchy of TAMM v2.1 ("Tasks Assigned to
 * Missions in their Mandates", Lloyd 2021, Journal of Peace Research, doi:10.1177/0022343320980822,
 * codebook Table 1). Each task knows its parent: protection of civilians is a form of human rights
 * protection, joint police patrols a form of police monitoring, which is part of police reform, which
 * is part of security sector reform.
 *
 * <p>TAMM's fortieth variable, Chapter VII authorization, is not a task: it is
 * {@link Mandate#chapterVII()}. Where the codebook lists a task under two parents (it lists the arms
 * embargo under both border monitoring and weapons trade monitoring) the nearer one is its parent.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MandateTask {
    /** Monitor a ceasefire or peace agreement (TAMM {@code peaceag_cease_monitor}). */
    CEASEFIRE_MONITORING("peaceag_cease_monitor", null),
    /** Monitor a buffer zone ({@code buffer_monitor}). */
    BUFFER_ZONE_MONITORING("buffer_monitor", CEASEFIRE_MONITORING),
    /** Liaise between the warring parties ({@code liaise_warpart}). */
    LIAISON_BETWEEN_PARTIES("liaise_warpart", CEASEFIRE_MONITORING),
    /** Establish or exercise good offices ({@code goodoffices}). */
    GOOD_OFFICES("goodoffices", CEASEFIRE_MONITORING),
    /** Help implement a ceasefire or peace agreement ({@code peaceag_cease_assist}). */
    PEACE_AGREEMENT_IMPLEMENTATION("peaceag_cease_assist", null),
    /** Monitor human rights ({@code humrts_monitor}). */
    HUMAN_RIGHTS_MONITORING("humrts_monitor", null),
    /** Monitor the refugee situation ({@code refugees_monitor}). */
    REFUGEE_MONITORING("refugees_monitor", HUMAN_RIGHTS_MONITORING),
    /** Protect human rights ({@code humrts_protect}). */
    HUMAN_RIGHTS_PROTECTION("humrts_protect", null),
    /** Protect children ({@code children_protect}). */
    CHILD_PROTECTION("children_protect", HUMAN_RIGHTS_PROTECTION),
    /** Prevent rape and protect women ({@code women_protect}). */
    PROTECTION_OF_WOMEN("women_protect", HUMAN_RIGHTS_PROTECTION),
    /** Protect civilians ({@code prociv}); usually authorized under Chapter VII. */
    PROTECTION_OF_CIVILIANS("prociv", HUMAN_RIGHTS_PROTECTION),
    /** Protect UN personnel ({@code unpersonnel_protect}). */
    UN_PERSONNEL_PROTECTION("unpersonnel_protect", null),
    /** Assist demining ({@code demining_assist}). */
    DEMINING_ASSISTANCE("demining_assist", null),
    /** Assist refugees ({@code refugees_assist}). */
    REFUGEE_ASSISTANCE("refugees_assist", null),
    /** Facilitate the delivery of humanitarian assistance ({@code humaid_assist}). */
    HUMANITARIAN_ASSISTANCE("humaid_assist", null),
    /** Protect humanitarian personnel ({@code humpersonnel_protect}). */
    HUMANITARIAN_PERSONNEL_PROTECTION("humpersonnel_protect", HUMANITARIAN_ASSISTANCE),
    /** Monitor the host country's borders ({@code borders_monitor}). */
    BORDER_MONITORING("borders_monitor", null),
    /** Monitor the weapons trade ({@code weaponstrade_monitor}). */
    WEAPONS_TRADE_MONITORING("weaponstrade_monitor", BORDER_MONITORING),
    /** Monitor an arms embargo ({@code weaponsembargo_monitor}). */
    ARMS_EMBARGO_MONITORING("weaponsembargo_monitor", WEAPONS_TRADE_MONITORING),
    /** Inspect cargo ({@code cargoinspections}). */
    CARGO_INSPECTION("cargoinspections", WEAPONS_TRADE_MONITORING),
    /** Monitor the use of natural resources ({@code resources_monitor}). */
    NATURAL_RESOURCES_MONITORING("resources_monitor", null),
    /** Monitor elections ({@code election_monitor}). */
    ELECTION_MONITORING("election_monitor", null),
    /** Provide security during the electoral period ({@code election_security}). */
    ELECTION_SECURITY("election_security", null),
    /** Assist with the implementation of elections ({@code election_assist}). */
    ELECTORAL_ASSISTANCE("election_assist", null),
    /** Help build government capacity ({@code govcap_assist}). */
    STATE_CAPACITY_BUILDING("govcap_assist", null),
    /** Help implement government policies ({@code govpolicies_assist}). */
    GOVERNMENT_POLICY_SUPPORT("govpolicies_assist", STATE_CAPACITY_BUILDING),
    /** Help prevent attacks on cultural and historical sites ({@code cultural_pres}). */
    CULTURAL_HERITAGE_PROTECTION("cultural_pres", null),
    /** Assist quick impact projects ({@code qip_assist}). */
    QUICK_IMPACT_PROJECTS("qip_assist", null),
    /** Assist justice sector reform ({@code justice_assist}). */
    JUSTICE_SECTOR_REFORM("justice_assist", null),
    /** Assist security sector reform ({@code securitysectorreform_assist}). */
    SECURITY_SECTOR_REFORM("securitysectorreform_assist", null),
    /** Assist police reform ({@code policereform_assist}). */
    POLICE_REFORM("policereform_assist", SECURITY_SECTOR_REFORM),
    /** Monitor the police ({@code police_monitor}). */
    POLICE_MONITORING("police_monitor", POLICE_REFORM),
    /** Patrol jointly with the police ({@code police_jointpatrols}). */
    JOINT_POLICE_PATROLS("police_jointpatrols", POLICE_MONITORING),
    /** Promote national reconciliation ({@code reconciliation}). */
    NATIONAL_RECONCILIATION("reconciliation", null),
    /** Pursue justice for war criminals ({@code justice_warcrim}). */
    WAR_CRIMES_JUSTICE("justice_warcrim", NATIONAL_RECONCILIATION),
    /** Monitor disarmament, demobilization and reintegration ({@code ddr_monitor}). */
    DDR_MONITORING("ddr_monitor", null),
    /** Help implement disarmament, demobilization and reintegration ({@code ddr_assist}). */
    DDR_ASSISTANCE("ddr_assist", null),
    /** Disseminate information about the mission to the public ({@code mission_pr}). */
    PUBLIC_INFORMATION("mission_pr", null),
    /** Promote freedom of the press ({@code freepress}). */
    FREEDOM_OF_THE_PRESS("freepress", null);

    private final String tammVariable;
    private final MandateTask parent;

    MandateTask(String tammVariable, MandateTask parent) {
        this.tammVariable = tammVariable;
        this.parent = parent;
    }

    /**
     * Returns the name of the variable that codes this task in the TAMM data set, e.g. {@code "prociv"}.
     *
     * @return the variable name, not null
     */
    public String tammVariable() {
        return tammVariable;
    }

    /**
     * Returns the broader task this one belongs to, e.g. {@link #HUMAN_RIGHTS_PROTECTION} for
     * {@link #PROTECTION_OF_CIVILIANS}.
     *
     * @return the parent task, empty for a top-level task
     */
    public Optional<MandateTask> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Checks whether this task is the given task or lies anywhere below it in the hierarchy.
     * {@code JOINT_POLICE_PATROLS.isWithin(SECURITY_SECTOR_REFORM)} is true, and every task is within itself.
     *
     * @param other  the broader task, not null
     * @return true if this task is {@code other} or one of its descendants
     */
    public boolean isWithin(MandateTask other) {
        for (MandateTask task = this; task != null; task = task.parent) {
            if (task == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Obtains the task coded by a TAMM variable, e.g. {@code "prociv"}.
     *
     * @param tammVariable  the TAMM variable name, not null
     * @return the task, not null
     * @throws PeacekeepingException if no task has that variable ({@code ch7} is the Chapter VII flag)
     */
    public static MandateTask fromTammVariable(String tammVariable) {
        for (MandateTask task : values()) {
            if (task.tammVariable.equals(tammVariable)) {
                return task;
            }
        }
        throw new PeacekeepingException(FieldNames.TASKS, tammVariable, "not a task variable of TAMM v2.1");
    }
}
