package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A mission's uniformed personnel per reporting day and category, built once per mission (lazily) so
 * that strength on a day is one lookup. A category's figure on a day is the sum of its deployments, and
 * the first total given for the category counts only when there are no deployments that day of the
 * categories it includes (a POLICE total stands for all police: beside deployments of individual police
 * or formed units it would count them twice).
 */
final class DeploymentIndex {

    private static final int CATEGORIES = PersonnelCategory.values().size();

    private final NavigableMap<LocalDate, long[]> totalsByDate = new TreeMap<>();

    DeploymentIndex(List<Component> components) {
        // Per day: the sums of the deployments, then for each category without a deployment its total.
        Map<LocalDate, boolean[]> deployed = new HashMap<>();
        for (Component component : components) {
            if (component instanceof UniformedComponent) {
                for (Deployment<?> deployment : ((UniformedComponent<?>) component).deployments()) {
                    int category = DeployedStrength.index(deployment.category());
                    totalsByDate.computeIfAbsent(deployment.date(), d -> new long[CATEGORIES])[category]
                            += deployment.total();
                    deployed.computeIfAbsent(deployment.date(), d -> new boolean[CATEGORIES])[category] = true;
                }
            }
        }
        Map<LocalDate, boolean[]> totalled = new HashMap<>();
        for (Component component : components) {
            if (component instanceof UniformedComponent) {
                for (PersonnelTotal<?> total : ((UniformedComponent<?>) component).totals()) {
                    int category = DeployedStrength.index(total.category());
                    boolean[] counted = totalled.computeIfAbsent(total.date(), d -> new boolean[CATEGORIES]);
                    long[] figures = totalsByDate.computeIfAbsent(total.date(), d -> new long[CATEGORIES]);
                    if (!counted[category] && !anyDeployed(deployed.get(total.date()), total.category())) {
                        figures[category] = total.total();
                    }
                    counted[category] = true;
                }
            }
        }
    }

    /** Whether a day has deployments of a category the total's category includes (POLICE includes all police). */
    private static boolean anyDeployed(boolean[] deployed, PersonnelCategory totalled) {
        if (deployed == null) {
            return false;
        }
        for (PersonnelCategory category : totalled.includes()) {
            if (deployed[DeployedStrength.index(category)]) {
                return true;
            }
        }
        return false;
    }

    /** The reporting days, in order. */
    NavigableMap<LocalDate, long[]> byDate() {
        return Collections.unmodifiableNavigableMap(totalsByDate);
    }

    /** The latest report on or before a day. */
    DeployedStrength latestOnOrBefore(LocalDate date) {
        Map.Entry<LocalDate, long[]> entry = totalsByDate.floorEntry(date);
        return entry == null ? null : new DeployedStrength(entry.getKey(), entry.getValue());
    }
}
