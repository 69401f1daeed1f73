package io.github.peacekeeping.examples.contributions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads the UN's monthly contribution files in the form the International Peace Institute publishes
 * them (IPI Peacekeeping Database, {@code Gender.Full.csv}): one row per contributing country, mission
 * and month-end, with Male, Female and Total columns for each personnel category and for the row.
 *
 * <p>Each row becomes one {@link ContributionRecord} per category with personnel, whose deployment has
 * the category's Total and, as {@code female}, its Female column. A row is refused as a whole, with its
 * line number and the reason, when a cell does not read (date, country code, mission, count), when a
 * category's Male and Female do not add up to its Total, when the row's own Total columns are not the
 * sums of the categories, or when it repeats the contributor, mission and date of an earlier row.
 * Categories with a Total of 0 produce no record; a row with no personnel at all is counted
 * ({@link ImportSummary#emptyRows()}). Nothing is dropped silently.
 *
 * <p>The file is streamed: rows are mapped and handed on one at a time, so files of any length read in
 * constant memory apart from the summary's sums.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionsCsv {

    /** How often, in rows, progress is reported. */
    public static final int PROGRESS_EVERY = 10_000;

    private ContributionsCsv() {
    }

    /**
     * Reads a contribution file.
     *
     * @param csv       the CSV text, header first, not null; not closed by this method
     * @param records   receives each record, in the order of the file, not null
     * @param progress  receives the number of rows read every {@value #PROGRESS_EVERY} rows, not null
     * @return what the import did, not null
     * @throws IOException if the text cannot be read, is not CSV, or its header lacks a required column; the
     *         message gives the line (and column where the CSV parser knows it)
     */
    public static ImportSummary read(Reader csv, Consumer<? super ContributionRecord> records, LongConsumer progress)
            throws IOException {
        CsvMapper mapper = new CsvMapper();
        ImportSummary summary = new ImportSummary();
        Map<String, Long> seen = new HashMap<>();
        try (CsvParser parser = mapper.getFactory().createParser(csv)) {
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            CsvColumns columns = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                // The row's own line is where its first cell starts: START_ARRAY is located where the
                // previous row ended.
                long line = -1;
                for (JsonToken cell = parser.nextToken(); cell != JsonToken.END_ARRAY && cell != null;
                        cell = parser.nextToken()) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                if (columns == null) {
                    try {
                        columns = CsvColumns.of(cells);
                    } catch (IllegalArgumentException e) {
                        throw new IOException("line " + line + ", " + e.getMessage(), e);
                    }
                    continue;
                }
                summary.rowRead();
                map(cells, line, columns, seen, summary, records);
                if (summary.rowsRead() % PROGRESS_EVERY == 0) {
                    progress.accept(summary.rowsRead());
                }
            }
            if (columns == null) {
                throw new IOException("line 1: no header: the file is empty");
            }
        } catch (JsonProcessingException e) {
            throw new IOException("line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage(), e);
        }
        return summary;
    }

    private static void map(List<String> cells, long line, CsvColumns columns, Map<String, Long> seen,
            ImportSummary summary, Consumer<? super ContributionRecord> records) {
        List<ContributionRecord> row;
        try {
            row = records(cells, columns);
        } catch (RowException e) {
            summary.refused(line, e.getMessage());
            return;
        }
        String key = cells.get(columns.iso3) + " " + cells.get(columns.mission).strip() + " " + cells.get(columns.date);
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            summary.refused(line, "repeats contributor, mission and date of line " + earlier + " (" + key + ")");
            return;
        }
        if (row.isEmpty()) {
            summary.empty(line);
        }
        for (ContributionRecord record : row) {
            summary.add(record);
            records.accept(record);
        }
    }

    /** Maps one row, or explains why it cannot be. */
    private static List<ContributionRecord> records(List<String> cells, CsvColumns columns) {
        if (cells.size() != columns.width) {
            throw new RowException("expected " + columns.width + " cells, found " + cells.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells.get(columns.date).strip());
        } catch (DateTimeParseException e) {
            throw new RowException(CsvColumns.DATE + " \"" + cells.get(columns.date) + "\" is not an ISO-8601 date");
        }
        String code = cells.get(columns.iso3).strip();
        if (!CountryCode.isKnown(code)) {
            throw new RowException(CsvColumns.ISO3 + " \"" + code
                    + "\" is not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code");
        }
        CountryCode contributor = CountryCode.of(code);
        String mission = cells.get(columns.mission).strip();
        if (mission.isEmpty()) {
            throw new RowException(CsvColumns.MISSION + " is blank");
        }
        long male = 0;
        long female = 0;
        long total = 0;
        List<ContributionRecord> records = new ArrayList<>();
        for (Map.Entry<PersonnelCategory, CsvColumns.Triple> entry : columns.categories.entrySet()) {
            CsvColumns.Triple at = entry.getValue();
            int m = count(cells, at.male, at.label + " " + CsvColumns.MALE);
            int f = count(cells, at.female, at.label + " " + CsvColumns.FEMALE);
            int t = count(cells, at.total, at.label + " " + CsvColumns.TOTAL);
            if ((long) m + f != t) {
                throw new RowException(at.label + " Male " + m + " + Female " + f + " is not Total " + t);
            }
            male += m;
            female += f;
            total += t;
            if (t > 0) {
                records.add(ContributionRecord.of(mission, deployment(contributor, entry.getKey(), date, t, f)));
            }
        }
        if (columns.rowTotal != null) {
            CsvColumns.Triple at = columns.rowTotal;
            checkSum(cells, at.male, at.label + " " + CsvColumns.MALE, male);
            checkSum(cells, at.female, at.label + " " + CsvColumns.FEMALE, female);
            checkSum(cells, at.total, at.label + " " + CsvColumns.TOTAL, total);
        }
        return records;
    }

    private static Deployment<?> deployment(CountryCode contributor, PersonnelCategory category, LocalDate date,
            int total, int female) {
        try {
            return Deployment.of(contributor, category, date, total, female);
        } catch (PeacekeepingException e) {
            // Cannot happen once Male + Female = Total with neither negative; kept so a row never escapes.
            throw new RowException(category.name() + ": " + e.getMessage());
        }
    }

    private static void checkSum(List<String> cells, int column, String name, long sum) {
        int value = count(cells, column, name);
        if (value != sum) {
            throw new RowException(name + " " + value + " is not the sum of the categories, " + sum);
        }
    }

    private static int count(List<String> cells, int column, String name) {
        String text = cells.get(column).strip();
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RowException(name + " \"" + cells.get(column) + "\" is not a whole number");
        }
        if (value < 0) {
            throw new RowException(name + " " + value + " is negative");
        }
        return value;
    }

    /** Why one row cannot be imported; caught for every row, never thrown to callers. */
    private static final class RowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowException(String message) {
            super(message, null, false, false);
        }
    }
}
