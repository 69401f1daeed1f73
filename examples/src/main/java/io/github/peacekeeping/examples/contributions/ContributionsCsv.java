package io.github.peacekeeping.examples.contributions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.BufferedReader;
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
 * line number and the reason, when it is not CSV (an unbalanced quote, text after a closing quote), when
 * it holds text that was not UTF-8, when a cell does not read (date, country code, mission, count), when
 * a category's Male and Female do not add up to its Total, when the row's own Total columns are not the
 * sums of the categories, or when it repeats the contributor, mission and date of an earlier row; the
 * rows after it are read as usual. Categories with a Total of 0 produce no record; a row with no
 * personnel at all is counted ({@link ImportSummary#emptyRows()}). Nothing is dropped silently.
 *
 * <p>One row is one line, as in the UN's and IPI's files: a quoted cell cannot hold a line break (its
 * row would be refused for an unbalanced quote, and the rest of the cell on the next line as a row of
 * its own). Blank lines are skipped; a byte order mark before the header is ignored. Bytes that are not
 * UTF-8 are expected as U+FFFD, the replacement character, which a decoder set to replace them gives
 * (the command's is): a row holding U+FFFD is refused, so that no text lost in decoding is imported.
 *
 * <p>The file is streamed: rows are mapped and handed on one at a time, so files of any length read in
 * constant memory apart from the summary's sums.
 */
public final class ContributionsCsv {

    /** How often, in rows, progress is reported. */
    public static final int PROGRESS_EVERY = 10_000;

    /** What a decoder gives for bytes that are not text in its charset. */
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Thread-safe once configured; creates one parser per line. */
    private static final CsvFactory CSV = new CsvMapper().getFactory();

    private ContributionsCsv() {
    }

    /**
     * Reads a contribution file.
     *
     * @param csv       the CSV text, header first, not null; not closed by this method
     * @param records   receives each record, in the order of the file, not null
     * @param progress  receives the number of rows read every {@value #PROGRESS_EVERY} rows, not null
     * @return what the import did, not null
     * @throws IOException if the text cannot be read, is empty, or its header is not CSV or lacks a required
     *         column; the message starts with the line, {@code line 1, header: missing columns [...]}
     */
    public static ImportSummary read(Reader csv, Consumer<? super ContributionRecord> records, LongConsumer progress)
            throws IOException {
        BufferedReader lines = csv instanceof BufferedReader ? (BufferedReader) csv : new BufferedReader(csv);
        ImportSummary summary = new ImportSummary();
        Map<String, Long> seen = new HashMap<>();
        CsvColumns columns = null;
        long number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = header(line, number);
                continue;
            }
            summary.rowRead();
            try {
                map(cells(line), number, columns, seen, summary, records);
            } catch (RowException e) {
                summary.refused(number, e.getMessage());
            }
            if (summary.rowsRead() % PROGRESS_EVERY == 0) {
                progress.accept(summary.rowsRead());
            }
        }
        if (columns == null) {
            throw new IOException("line 1: no header: the file is empty");
        }
        return summary;
    }

    private static CsvColumns header(String line, long number) throws IOException {
        try {
            return CsvColumns.of(cells(line));
        } catch (RowException e) {
            throw new IOException("line " + number + ", header: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException("line " + number + ", " + e.getMessage(), e);
        }
    }

    /** Splits one line into its cells, or explains why it is not a CSV row. */
    private static List<String> cells(String line) throws IOException {
        int lost = line.indexOf(REPLACEMENT_CHARACTER);
        if (lost >= 0) {
            throw new RowException("column " + (lost + 1) + " holds U+FFFD: bytes that were not UTF-8 text, or "
                    + "text lost in an earlier conversion");
        }
        List<String> cells = new ArrayList<>();
        try (CsvParser parser = CSV.createParser(line)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    cells.add(parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            // The parser's location is that of the next character to read: the one it stopped at is before.
            throw new RowException("not CSV at column " + (e.getLocation().getColumnNr() - 1) + ": "
                    + e.getOriginalMessage());
        }
        return cells;
    }

    /** Maps one row and hands its records on, or explains why it cannot be. */
    private static void map(List<String> cells, long line, CsvColumns columns, Map<String, Long> seen,
            ImportSummary summary, Consumer<? super ContributionRecord> records) {
        List<ContributionRecord> row = records(cells, columns);
        String key = cells.get(columns.iso3) + " " + cells.get(columns.mission).strip() + " " + cells.get(columns.date);
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            throw new RowException("repeats contributor, mission and date of line " + earlier + " (" + key + ")");
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
