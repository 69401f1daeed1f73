package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.FORMED_POLICE_UNITS;
import static io.github.peacekeeping.core.PersonnelCategory.INDIVIDUAL_POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.STAFF_OFFICERS;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tables behind {@link PersonnelCategory#values()} and {@link PersonnelCategory#fromUnLabel(String)}. */
final class PersonnelLabels {

    static final List<PersonnelCategory> ALL = Stream.concat(
            Stream.of(MilitaryCategory.values()), Stream.of(PoliceCategory.values())).collect(Collectors.toUnmodifiableList());

    static final String NAMES = ALL.stream().map(PersonnelCategory::name).collect(Collectors.joining(", "));

    static final Map<ComponentType, List<PersonnelCategory>> BY_COMPONENT = byComponent();

    // The labels of the UN's monthly "contribution of uniformed personnel by country, mission and
    // personnel type" files: the current ones, and those of the files before 2009 (IPI Peacekeeping
    // Database, github.com/IPIDataLab/TCC-DataScraper, tcc_files).
    private static final Map<String, PersonnelCategory> UN = unLabels();

    static final String UN_LABELS = UN.keySet().stream().map(l -> '"' + l + '"').collect(Collectors.joining(", "));

    static final Map<String, PersonnelCategory> BY_KEY = UN.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), Map.Entry::getValue, (a, b) -> a));

    private PersonnelLabels() {
    }

    private static Map<ComponentType, List<PersonnelCategory>> byComponent() {
        Map<ComponentType, List<PersonnelCategory>> categories = new EnumMap<>(ComponentType.class);
        for (ComponentType component : ComponentType.values()) {
            categories.put(component, ALL.stream().filter(c -> c.component() == component)
                    .collect(Collectors.toUnmodifiableList()));
        }
        return Collections.unmodifiableMap(categories);
    }

    private static Map<String, PersonnelCategory> unLabels() {
        Map<String, PersonnelCategory> labels = new LinkedHashMap<>();
        labels.put("Troops", TROOPS);
        labels.put("Contingent Troop", TROOPS);
        labels.put("Troop", TROOPS);
        labels.put("Staff Officer", STAFF_OFFICERS);
        labels.put("Experts on Mission", EXPERTS_ON_MISSION);
        labels.put("Military Observer", EXPERTS_ON_MISSION);
        labels.put("Individual Police", INDIVIDUAL_POLICE);
        labels.put("Police", POLICE);
        labels.put("Civilian Police", POLICE);
        labels.put("Formed Police Units", FORMED_POLICE_UNITS);
        return labels;
    }

    /** Lower case, single blanks, no plural "s": " Formed  Police Units" becomes "formed police unit". */
    static String key(String label) {
        String key = label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }
}
