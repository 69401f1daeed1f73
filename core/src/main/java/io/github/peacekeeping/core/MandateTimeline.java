package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mission's decisions in order of effect, and the days their mandate periods cover. Built once per
 * mission (lazily) so that every query on a day is a binary search, not a walk through the history.
 */
final class MandateTimeline {

    private final List<Mandate> decisions;
    private final LocalDate[] effective;
    private final List<DateRange> coverage;

    MandateTimeline(List<Mandate> mandates) {
        // A stable sort: decisions out of order are reported by PK109, and queries still see them in time order.
        List<Mandate> sorted = new ArrayList<>(mandates);
        sorted.sort(Comparator.comparing(Mandate::effective));
        this.decisions = List.copyOf(sorted);
        this.effective = sorted.stream().map(Mandate::effective).toArray(LocalDate[]::new);
        this.coverage = List.copyOf(coverage(sorted));
    }

    /**
     * The days some mandate period covers, as disjoint ranges in order. From each decision to the next,
     * the period in force is the one the latest period-setting decision set.
     */
    private static List<DateRange> coverage(List<Mandate> sorted) {
        List<DateRange> ranges = new ArrayList<>();
        LocalDate periodEnd = null; // LocalDate.MAX: open-ended
        LocalDate coveredFrom = null;
        LocalDate coveredTo = null;
        for (int i = 0; i < sorted.size(); i++) {
            Mandate decision = sorted.get(i);
            if (decision.period().isPresent()) {
                periodEnd = decision.period().get().end().orElse(LocalDate.MAX);
            }
            LocalDate start = decision.effective();
            LocalDate next = i + 1 < sorted.size() ? sorted.get(i + 1).effective() : null;
            if (periodEnd == null || periodEnd.isBefore(start) || start.equals(next)) {
                continue; // no period in force, or the next decision takes effect the same day
            }
            LocalDate segmentEnd = next == null ? LocalDate.MAX : next.minusDays(1);
            LocalDate end = periodEnd.isBefore(segmentEnd) ? periodEnd : segmentEnd;
            if (coveredTo != null && (coveredTo.equals(LocalDate.MAX) || !start.isAfter(coveredTo.plusDays(1)))) {
                coveredTo = end.isAfter(coveredTo) ? end : coveredTo;
            } else {
                if (coveredFrom != null) {
                    ranges.add(range(coveredFrom, coveredTo));
                }
                coveredFrom = start;
                coveredTo = end;
            }
        }
        if (coveredFrom != null) {
            ranges.add(range(coveredFrom, coveredTo));
        }
        return ranges;
    }

    private static DateRange range(LocalDate from, LocalDate to) {
        return to.equals(LocalDate.MAX) ? DateRange.startingOn(from) : DateRange.of(from, to);
    }

    /** The disjoint, ordered ranges of days covered by a mandate period. */
    List<DateRange> coverage() {
        return coverage;
    }

    /** Every decision, in order of effect (decisions of the same day in the order recorded). */
    List<Mandate> inOrderOfEffect() {
        return decisions;
    }

    /** The decisions effective on or before a day, in order of effect. */
    List<Mandate> decisionsUpTo(LocalDate date) {
        int low = 0;
        int high = effective.length;
        while (low < high) { // first index whose effective day is after date
            int mid = (low + high) >>> 1;
            if (effective[mid].isAfter(date)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return decisions.subList(0, low);
    }

    /** Whether a mandate period covers a day. */
    boolean covers(LocalDate date) {
        int low = 0;
        int high = coverage.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            DateRange range = coverage.get(mid);
            if (date.isBefore(range.start())) {
                high = mid - 1;
            } else if (range.contains(date)) {
                return true;
            } else {
                low = mid + 1;
            }
        }
        return false;
    }
}
