package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.UniformedComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A mission joined with the contributors' figures of a contribution file: the records of the mission
 * (same acronym) become deployments of its military or police component, beside those the mission document
 * has. A record that repeats a deployment already given (same contributor, category and day) is refused,
 * since summing both would count its personnel twice; records of other missions are counted and skipped.
 *
 * <p>Not thread-safe: one reader fills it, then {@link #mission()} builds the result.
 */
final class ReportInputs {

    private record Key(CountryCode contributor, PersonnelCategory category, LocalDate date) {
    }

    private final Mission mission;
    private final Set<Key> given = new HashSet<>();
    private final List<Deployment<MilitaryCategory>> military = new ArrayList<>();
    private final List<Deployment<PoliceCategory>> police = new ArrayList<>();
    private long otherMissions;

    ReportInputs(Mission mission) {
        this.mission = mission;
        for (Component component : mission.components()) {
            if (component instanceof UniformedComponent) {
                for (Deployment<?> deployment : ((UniformedComponent<?>) component).deployments()) {
                    given.add(key(deployment));
                }
            }
        }
    }

    private static Key key(Deployment<?> deployment) {
        return new Key(deployment.contributor(), deployment.category(), deployment.date());
    }

    /**
     * Takes a record.
     *
     * @return null if it was taken or belongs to another mission; otherwise why it was refused
     */
    String add(ContributionRecord record) {
        if (!record.mission().equals(mission.acronym())) {
            otherMissions++;
            return null;
        }
        Deployment<?> deployment = record.deployment();
        if (!given.add(key(deployment))) {
            return "repeats the figure of " + deployment.contributor() + " " + deployment.category() + " on "
                    + deployment.date() + " given before";
        }
        if (deployment.category() instanceof MilitaryCategory) {
            military.add(copy((MilitaryCategory) deployment.category(), deployment));
        } else {
            police.add(copy((PoliceCategory) deployment.category(), deployment));
        }
        return null;
    }

    /** The deployment with its category's own type: the record's type is lost behind Deployment's wildcard. */
    private static <C extends PersonnelCategory> Deployment<C> copy(C category, Deployment<?> deployment) {
        return deployment.female().isPresent()
                ? Deployment.of(deployment.contributor(), category, deployment.date(), deployment.total(),
                        deployment.female().getAsInt())
                : Deployment.of(deployment.contributor(), category, deployment.date(), deployment.total());
    }

    /** The number of records taken. */
    long taken() {
        return military.size() + police.size();
    }

    /** The number of records of other missions, skipped. */
    long otherMissions() {
        return otherMissions;
    }

    /**
     * The mission with the records taken added to its components (a component is created if the mission
     * document has none of that type).
     */
    Mission mission() {
        if (taken() == 0) {
            return mission;
        }
        MilitaryComponent.Builder militaryComponent = MilitaryComponent.builder();
        PoliceComponent.Builder policeComponent = PoliceComponent.builder();
        List<Component> others = new ArrayList<>();
        for (Component component : mission.components()) {
            if (component instanceof MilitaryComponent) {
                militaryComponent.from((MilitaryComponent) component);
            } else if (component instanceof PoliceComponent) {
                policeComponent.from((PoliceComponent) component);
            } else {
                others.add(component);
            }
        }
        List<Component> components = new ArrayList<>();
        if (!military.isEmpty() || mission.hasComponent(ComponentType.MILITARY)) {
            components.add(militaryComponent.addAllDeployments(military).build());
        }
        if (!police.isEmpty() || mission.hasComponent(ComponentType.POLICE)) {
            components.add(policeComponent.addAllDeployments(police).build());
        }
        components.addAll(others);
        return Mission.builder().from(mission).components(components).build();
    }
}
