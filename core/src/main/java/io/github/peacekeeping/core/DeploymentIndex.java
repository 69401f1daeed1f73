package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A mission's uniformed personnel summed per reporting day and category, built once per mission
 * (lazily) so that strength on a day is one lookup.
 */
final class DeploymentIndex {

    private final NavigableMap<LocalDate, long[]> totalsByDate = new TreeMap<>();

    DeploymentIndex(List<Component> components) {
        for (Component component : components) {
            if (component instanceof UniformedComponent) {
                for (Deployment<?> deployment : ((UniformedComponent<?>) component).deployments()) {
                    long[] totals = totalsByDate.computeIfAbsent(deployment.date(), d -> new long[PersonnelCategory.values().size()]);
                    totals[DeployedStrength.index(deployment.category())] += deployment.total();
                }
            }
        }
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
