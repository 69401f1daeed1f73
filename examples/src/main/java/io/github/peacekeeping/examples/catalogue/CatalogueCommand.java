package io.github.peacekeeping.examples.catalogue;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.Region;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Lists the UN's peacekeeping operations since 1948 from the reference {@link Catalogue}, one line each:
 * acronym, life, region, hosts and name. Filters combine: {@code --active --region AFRICA}.
 *
 * <p>{@code --year} lists the operations that existed on at least one day of the year. The catalogue
 * describes the record up to its day ({@link Catalogue#asOf()}): a year after that day's year is a usage
 * error (exit code 2), because the record cannot tell which operations will exist then, and listing those
 * active today would claim it does. A year before the first operation's establishment (UNTSO's, 1948)
 * lists none, which is what the record says: there was no UN peacekeeping operation before.
 *
 * <p>Exit code 0, also when no operation passes the filters; 2 for a usage error.
 */
@Command(name = "catalogue", description = "Lists the UN's peacekeeping operations since 1948 "
        + "from the embedded reference catalogue.")
public final class CatalogueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--active", description = "Only the operations active on the catalogue's day.")
    private boolean active;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Only the operations in this region: ${COMPLETION-CANDIDATES}.")
    private Region region;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Only the operations that existed during this year, e.g. 1994; at most the year of "
                    + "the catalogue's day (a year before the first operation lists none).")
    private Integer year;

    /**
     * Creates the command; picocli calls it.
     */
    public CatalogueCommand() {
    }

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.reference();
        if (year != null && year > catalogue.asOf().getYear()) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--year': " + year
                    + " (after the catalogue's day, " + catalogue.asOf() + ": the record cannot tell)");
        }
        print(catalogue, filter(), spec.commandLine().getOut());
        return 0;
    }

    private Predicate<MissionProfile> filter() {
        Predicate<MissionProfile> filter = entry -> true;
        if (active) {
            filter = filter.and(entry -> entry.closed().isEmpty());
        }
        if (region != null) {
            filter = filter.and(entry -> entry.region() == region);
        }
        if (year != null) {
            int y = year;
            // Established before the year ends: also keeps a year far in the past from reaching LocalDate's limits.
            filter = filter.and(entry -> entry.established().earliest().getYear() <= y && entry.isActiveIn(y));
        }
        return filter;
    }

    /**
     * Prints the operations of a catalogue that pass a filter, and a closing count.
     *
     * @param catalogue  the catalogue, not null
     * @param filter     the filter, not null
     * @param out        where to print, not null
     */
    static void print(Catalogue catalogue, Predicate<? super MissionProfile> filter, PrintWriter out) {
        List<MissionProfile> entries = catalogue.select(filter);
        for (MissionProfile entry : entries) {
            out.printf("%-10s %-10s to %-10s  %-12s %-23s %s%n", entry.acronym(), entry.established(),
                    entry.closed().map(Object::toString).orElse("active"), entry.region(),
                    entry.hosts().stream().map(CountryCode::code).collect(Collectors.joining(" ")), entry.name());
        }
        out.println(entries.size() + " of " + catalogue.entries().size() + " operations (catalogue as of "
                + catalogue.asOf() + ")");
    }
}
