package io.github.peacekeeping.examples.contributions;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.Contributor;
import io.github.peacekeeping.core.ContributorRanking;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.examples.Messages;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * What an import of a contribution file did: rows read, rows refused with their line and reason, rows
 * that reported no personnel, records produced, the personnel per mission and reporting date, and the
 * contributors on the latest date, ranked as the UN ranks them.
 *
 * <p>It holds sums, not records, so that its size depends on the number of missions, dates and
 * contributors, not on the length of the file. The importer fills it; it is not thread-safe while it does.
 */
public final class ImportSummary {

    /**
     * Personnel and women among them.
     *
     * @param total   all personnel, not negative
     * @param female  women among them, not negative
     */
    public record Totals(long total, long female) {

        Totals plus(long moreTotal, long moreFemale) {
            return new Totals(total + moreTotal, female + moreFemale);
        }
    }

    private long rowsRead;
    private long records;
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Long> emptyRows = new ArrayList<>();
    private final Map<String, NavigableMap<LocalDate, Totals>> byMission = new TreeMap<>();
    private final NavigableMap<LocalDate, Map<CountryCode, Tally>> byDate = new TreeMap<>();

    /** One country's sums on one date, by category and by mission. */
    private static final class Tally {
        final long[] byCategory = new long[PersonnelCategory.values().size()];
        final Map<String, Long> byMission = new TreeMap<>();
    }

    ImportSummary() {
    }

    void rowRead() {
        rowsRead++;
    }

    void refused(long line, String reason) {
        refusals.add(new Refusal(line, reason));
    }

    void empty(long line) {
        emptyRows.add(line);
    }

    void add(ContributionRecord record) {
        records++;
        byMission.computeIfAbsent(record.mission(), m -> new TreeMap<>())
                .merge(record.date(), new Totals(record.total(), record.female().orElse(0)),
                        (a, b) -> a.plus(b.total(), b.female()));
        Tally tally = byDate.computeIfAbsent(record.date(), d -> new TreeMap<>())
                .computeIfAbsent(record.contributor(), c -> new Tally());
        tally.byCategory[PersonnelCategory.values().indexOf(record.category())] += record.total();
        tally.byMission.merge(record.mission(), (long) record.total(), Long::sum);
    }

    /**
     * Returns the number of data rows read, refused ones included.
     *
     * @return the count, not negative
     */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Returns the rows that were not imported, in the order of the file.
     *
     * @return the refusals, unmodifiable
     */
    public List<Refusal> refusals() {
        return Collections.unmodifiableList(refusals);
    }

    /**
     * Returns the line numbers of the rows that reported no personnel in any category. Such rows are
     * imported, but produce no record: a deployment of zero says nothing the absence of one does not.
     *
     * @return the line numbers, unmodifiable
     */
    public List<Long> emptyRows() {
        return Collections.unmodifiableList(emptyRows);
    }

    /**
     * Returns the number of records produced: one per row and category with personnel.
     *
     * @return the count, not negative
     */
    public long records() {
        return records;
    }

    /**
     * Returns the personnel per mission and reporting date, summed over contributors and categories.
     *
     * @return mission acronym to date to totals, in alphabetical and date order, unmodifiable
     */
    public Map<String, NavigableMap<LocalDate, Totals>> totalsByMissionAndDate() {
        Map<String, NavigableMap<LocalDate, Totals>> copy = new LinkedHashMap<>();
        byMission.forEach((mission, dates) -> copy.put(mission, Collections.unmodifiableNavigableMap(dates)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the contributors on the latest reporting date of the file, ranked as the UN ranks them
     * ({@link ContributorRanking}): by uniformed personnel, tied totals sharing a rank, tied states listed by
     * name.
     *
     * @return the ranking, first the largest, unmodifiable; empty if no record was produced
     */
    public List<Contributor> rankingOnLatestDate() {
        if (byDate.isEmpty()) {
            return List.of();
        }
        Map.Entry<LocalDate, Map<CountryCode, Tally>> latest = byDate.lastEntry();
        Map<CountryCode, Long> totals = new LinkedHashMap<>();
        latest.getValue().forEach((country, tally) -> totals.put(country, LongStream.of(tally.byCategory).sum()));
        ContributorRanking ranking = ContributorRanking.of(latest.getKey(), totals);
        List<Contributor> contributors = new ArrayList<>();
        for (CountryCode country : ranking.countries()) {
            Tally tally = latest.getValue().get(country);
            Map<PersonnelCategory, Long> categories = new LinkedHashMap<>();
            for (PersonnelCategory category : PersonnelCategory.values()) {
                categories.put(category, tally.byCategory[PersonnelCategory.values().indexOf(category)]);
            }
            contributors.add(Contributor.builder().country(country).date(latest.getKey())
                    .rank(ranking.rankOf(country).getAsInt()).byCategory(categories).byMission(tally.byMission).build());
        }
        return List.copyOf(contributors);
    }

    /**
     * Prints the summary: counts, every refusal, the rows without personnel, per mission its first and
     * latest reporting dates with the personnel on the latest, and the top contributors on the latest date.
     * Text from the file is printed on one line ({@link Messages#oneLine(String)}).
     *
     * @param out  where to print, not null
     * @param top  how many contributors to list, not negative
     */
    public void print(PrintWriter out, int top) {
        out.println("rows read: " + rowsRead);
        out.println("rows refused: " + refusals.size());
        for (Refusal refusal : refusals) {
            out.println("  " + refusal);
        }
        out.println("rows with no personnel (imported, no record): " + emptyRows.size()
                + (emptyRows.isEmpty() ? "" : " at lines " + emptyRows));
        out.println("records: " + records);
        out.println("per mission: reports, first and latest date, personnel on the latest date (women)");
        byMission.forEach((mission, dates) -> out.printf("  %-10s %3d  %s  %s  %7d (%d)%n", Messages.oneLine(mission),
                dates.size(), dates.firstKey(), dates.lastKey(), dates.lastEntry().getValue().total(),
                dates.lastEntry().getValue().female()));
        List<Contributor> ranking = rankingOnLatestDate();
        if (!ranking.isEmpty()) {
            out.println("top contributors on " + byDate.lastKey() + ":");
            for (int i = 0; i < Math.min(top, ranking.size()); i++) {
                Contributor c = ranking.get(i);
                out.printf("  %2d. %s %-35s %6d (troops %d, police %d)%n", c.rank(), c.country().code(),
                        c.country().name(), c.total(), c.troops(), c.police());
            }
        }
    }
}
