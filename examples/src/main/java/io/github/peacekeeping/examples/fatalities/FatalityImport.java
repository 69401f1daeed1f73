package io.github.peacekeeping.examples.fatalities;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.fatality.Fatalities;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.FatalityCount;
import io.github.peacekeeping.examples.contributions.Refusal;
import java.io.PrintWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an import of a fatality file did: rows read, rows refused with their line and reason, the aliases
 * resolved and to which operations, the names kept as the file writes them, the nationalities read from a
 * name or recorded as none, the casualty identifiers recorded more than once, and the records themselves,
 * counted per mission and year by category and type of incident ({@link Fatalities#perMissionAndYear}).
 *
 * <p>It keeps the records: the UN's file has some 4,400 rows, a few hundred kilobytes of records. The
 * importer fills it; it is not thread-safe while it does.
 */
public final class FatalityImport {

    private long rowsRead;
    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<String, Map<String, Long>> aliases = new TreeMap<>();
    private final Map<String, Long> otherNames = new TreeMap<>();
    private final Map<String, Map<CountryCode, Long>> nationalitiesByName = new TreeMap<>();
    private final Map<String, Long> noNationality = new TreeMap<>();
    private final Map<String, List<Long>> linesOfCasualty = new LinkedHashMap<>();
    private final List<Fatality> fatalities = new ArrayList<>();

    FatalityImport() {
    }

    void rowRead() {
        rowsRead++;
    }

    void refused(long line, String reason) {
        refusals.add(new Refusal(line, reason));
    }

    void aliasResolved(String alias, String acronym) {
        aliases.computeIfAbsent(alias, a -> new TreeMap<>()).merge(acronym, 1L, Long::sum);
    }

    void otherName(String name) {
        otherNames.merge(name, 1L, Long::sum);
    }

    void nationalityByName(String name, CountryCode country) {
        nationalitiesByName.computeIfAbsent(name, n -> new TreeMap<>()).merge(country, 1L, Long::sum);
    }

    void noNationality(String name) {
        noNationality.merge(name, 1L, Long::sum);
    }

    void add(long line, Fatality fatality) {
        linesOfCasualty.computeIfAbsent(fatality.casualtyId(), id -> new ArrayList<>(1)).add(line);
        fatalities.add(fatality);
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
     * Returns the aliases the file used and the operations they were resolved to, with the number of rows.
     *
     * @return alias to operation to rows, in alphabetical order, unmodifiable
     */
    public Map<String, Map<String, Long>> aliases() {
        return Collections.unmodifiableMap(aliases);
    }

    /**
     * Returns the names of missions that are neither operations of the catalogue nor aliases, kept as the
     * file writes them, with the number of rows.
     *
     * @return name to rows, in alphabetical order, unmodifiable
     */
    public Map<String, Long> otherNames() {
        return Collections.unmodifiableMap(otherNames);
    }

    /**
     * Returns the nationalities read from their name for want of a code, with the country and the rows.
     *
     * @return name to country to rows, in alphabetical order, unmodifiable
     */
    public Map<String, Map<CountryCode, Long>> nationalitiesByName() {
        return Collections.unmodifiableMap(nationalitiesByName);
    }

    /**
     * Returns the names that stand for no nationality ("ZZ [Undetermined]", or blank), with the rows.
     *
     * @return name to rows, unmodifiable
     */
    public Map<String, Long> noNationality() {
        return Collections.unmodifiableMap(noNationality);
    }

    /**
     * Returns the casualty identifiers recorded on more than one imported row, with those rows' lines.
     *
     * @return identifier to lines, in the order of the file, unmodifiable
     */
    public Map<String, List<Long>> repeatedCasualties() {
        Map<String, List<Long>> repeated = new LinkedHashMap<>();
        linesOfCasualty.forEach((id, lines) -> {
            if (lines.size() > 1) {
                repeated.put(id, List.copyOf(lines));
            }
        });
        return Collections.unmodifiableMap(repeated);
    }

    /**
     * Returns the records imported, in the order of the file.
     *
     * @return the records, unmodifiable
     */
    public List<Fatality> fatalities() {
        return Collections.unmodifiableList(fatalities);
    }

    /**
     * Returns the records counted per mission and year of the incident.
     *
     * @return mission to year to count, in alphabetical and year order, unmodifiable
     */
    public NavigableMap<String, NavigableMap<Year, FatalityCount>> perMissionAndYear() {
        return Fatalities.perMissionAndYear(fatalities);
    }

    /**
     * Prints the summary: counts, every refusal, the aliases resolved, the names kept, the nationalities
     * read by name or missing, the identifiers recorded twice, and per mission its total by category and its
     * deaths per year.
     *
     * @param out  where to print, not null
     */
    public void print(PrintWriter out) {
        out.println("rows read: " + rowsRead);
        out.println("rows refused: " + refusals.size());
        for (Refusal refusal : refusals) {
            out.println("  " + refusal);
        }
        out.println("fatalities: " + fatalities.size());
        out.println("aliases resolved by the incident date:");
        aliases.forEach((alias, operations) -> out.println("  " + alias + " -> " + counts(operations)));
        out.println("names kept as the file writes them (not operations of the catalogue): " + counts(otherNames));
        out.println("nationalities read from their name (no isocode3): " + nationalitiesByName.entrySet().stream()
                .map(e -> quoted(e.getKey()) + " -> " + counts(e.getValue())).collect(Collectors.joining(", ")));
        out.println("no nationality: " + noNationality.entrySet().stream().map(e -> quoted(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        Map<String, List<Long>> repeated = repeatedCasualties();
        out.println("casualty identifiers recorded more than once: " + repeated.size());
        repeated.forEach((id, lines) -> out.println("  " + id + " at lines " + lines));
        out.println("per mission: total (military, military observers, police, international civilians, local, other); per year");
        perMissionAndYear().forEach((mission, years) -> {
            long total = years.values().stream().mapToLong(FatalityCount::total).sum();
            StringBuilder line = new StringBuilder(String.format("  %-13s %4d (", mission, total));
            for (FatalityCategory category : FatalityCategory.values()) {
                line.append(category.ordinal() == 0 ? "" : ", ")
                        .append(years.values().stream().mapToLong(count -> count.of(category)).sum());
            }
            line.append(")  ").append(years.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().total())
                    .collect(Collectors.joining(", ")));
            out.println(line);
        });
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    private static String counts(Map<?, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
