package io.github.peacekeeping.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A mission's authorizations with the days each was in force, built once per mission (lazily): every
 * query on authorized strength reads this list instead of walking the decisions again.
 *
 * <p>An authorization is in force from the day it takes effect until the day before a later one naming
 * any of its categories takes effect, or until the mission's last day. "Later" is a later day, or the same
 * day in a later decision (in order of effect); the authorizations of one decision that take effect on one
 * day are stated together, so none of them ends another. One that a later authorization replaces on its
 * first day, or that takes effect after the mission closed, is never in force and is left out.
 */
final class AuthorizationTimeline {

    /** Categories as bits of an int, by their position in {@link PersonnelCategory#values()}. */
    private static final int CATEGORIES = PersonnelCategory.values().size();

    private final List<AuthorizationPeriod> periods;
    private final int[] masks;

    AuthorizationTimeline(List<Mandate> decisionsInOrderOfEffect, LocalDate lastDay) {
        List<Entry> entries = new ArrayList<>();
        for (int rank = 0; rank < decisionsInOrderOfEffect.size(); rank++) {
            Mandate decision = decisionsInOrderOfEffect.get(rank);
            for (Authorization authorization : decision.authorizations()) {
                entries.add(new Entry(decision, rank, authorization, decision.effectiveOf(authorization)));
            }
        }
        // Stable: entries of one day stay in the order of their decisions.
        entries.sort(Comparator.comparing(e -> e.start));
        List<AuthorizationPeriod> found = new ArrayList<>();
        List<Integer> foundMasks = new ArrayList<>();
        LocalDate[] nextStart = new LocalDate[CATEGORIES]; // the earliest later start naming each category
        int groupEnd = entries.size();
        while (groupEnd > 0) {
            int groupStart = groupEnd - 1;
            while (groupStart > 0 && entries.get(groupStart - 1).sameStatementAs(entries.get(groupEnd - 1))) {
                groupStart--;
            }
            for (int i = groupEnd - 1; i >= groupStart; i--) {
                Entry entry = entries.get(i);
                LocalDate end = lastDay;
                for (int c = 0; c < CATEGORIES; c++) {
                    if ((entry.mask & (1 << c)) != 0 && nextStart[c] != null) {
                        LocalDate before = nextStart[c].minusDays(1);
                        end = end == null || before.isBefore(end) ? before : end;
                    }
                }
                if (end == null || !end.isBefore(entry.start)) {
                    found.add(AuthorizationPeriod.of(entry.decision, entry.authorization,
                            end == null ? DateRange.startingOn(entry.start) : DateRange.of(entry.start, end)));
                    foundMasks.add(entry.mask);
                }
            }
            for (int i = groupStart; i < groupEnd; i++) {
                Entry entry = entries.get(i);
                for (int c = 0; c < CATEGORIES; c++) {
                    if ((entry.mask & (1 << c)) != 0) {
                        nextStart[c] = entry.start;
                    }
                }
            }
            groupEnd = groupStart;
        }
        Collections.reverse(found);
        Collections.reverse(foundMasks);
        this.periods = List.copyOf(found);
        this.masks = foundMasks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every authorization in force on some day, in order of taking effect. */
    List<AuthorizationPeriod> periods() {
        return periods;
    }

    /** The authorizations in force on a day, in order of taking effect. */
    List<AuthorizationPeriod> on(LocalDate date) {
        List<AuthorizationPeriod> inForce = new ArrayList<>();
        for (AuthorizationPeriod period : periods) {
            if (period.period().contains(date)) {
                inForce.add(period);
            }
        }
        return List.copyOf(inForce);
    }

    /** The authorized maximum for a set of categories on a day, or -1 if none covers exactly that set. */
    long maximumOn(LocalDate date, int categories) {
        List<Integer> inForce = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).period().contains(date)) {
                inForce.add(i);
            }
        }
        return maximum(inForce, categories);
    }

    /**
     * The least sum of maxima of authorizations among {@code inForce}, disjoint and each within the set,
     * that together name exactly the set: the tightest cap the record gives for it. -1 if there is none.
     * The set has at most six categories, so a table over its 64 subsets finds it at once.
     */
    long maximum(List<Integer> inForce, int categories) {
        if (categories == 0) {
            return -1;
        }
        long[] least = new long[1 << CATEGORIES];
        Arrays.fill(least, -1);
        least[0] = 0;
        for (int subset = 1; subset < least.length; subset++) {
            if ((subset & ~categories) != 0) {
                continue;
            }
            int lowest = Integer.lowestOneBit(subset);
            for (int index : inForce) {
                int mask = masks[index];
                if ((mask & lowest) != 0 && (mask & ~subset) == 0 && least[subset & ~mask] >= 0) {
                    long sum = least[subset & ~mask] + periods.get(index).authorization().maximum();
                    least[subset] = least[subset] < 0 ? sum : Math.min(least[subset], sum);
                }
            }
        }
        return least[categories];
    }

    /** The categories as bits. */
    static int mask(Collection<? extends PersonnelCategory> categories) {
        int mask = 0;
        for (PersonnelCategory category : categories) {
            if (category == null) {
                throw new MissingValueException(FieldNames.CATEGORIES + " element");
            }
            mask |= 1 << DeployedStrength.index(category);
        }
        return mask;
    }

    /** One authorization of one decision, while the periods are worked out. */
    private static final class Entry {
        final Mandate decision;
        final int rank;
        final Authorization authorization;
        final LocalDate start;
        final int mask;

        Entry(Mandate decision, int rank, Authorization authorization, LocalDate start) {
            this.decision = decision;
            this.rank = rank;
            this.authorization = authorization;
            this.start = start;
            this.mask = mask(authorization.categories());
        }

        /** Stated together: by the same decision, taking effect on the same day. */
        boolean sameStatementAs(Entry other) {
            return rank == other.rank && start.equals(other.start);
        }
    }
}
