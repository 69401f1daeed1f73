package io.github.peacekeeping.examples.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file with a header row by row, with jackson-dataformat-csv: the header is read into the
 * caller's description of the columns, then each row's cells are handed on with it and with the line on
 * which the row starts (a quoted cell may span lines, so a row's number is not its line). Empty lines are
 * skipped. The fatality importer reads its files with it and maps or refuses each row itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRows {

    /**
     * Reads the header row into a description of the columns.
     *
     * @param <H>  the description of the columns
     */
    @FunctionalInterface
    public interface Header<H> {

        /**
         * Reads the header.
         *
         * @param cells  the header's cells, not null
         * @return the columns, not null
         * @throws IllegalArgumentException if the header lacks a column or is not the file's; the message says why
         */
        H columns(List<String> cells);
    }

    /**
     * Receives the rows after the header.
     *
     * @param <H>  the description of the columns
     */
    @FunctionalInterface
    public interface Rows<H> {

        /**
         * Receives one row.
         *
         * @param columns  the columns, as the header gave them, not null
         * @param cells    the row's cells, as the file writes them, not null
         * @param line     the line on which the row starts, the header's first line being 1
         */
        void row(H columns, List<String> cells, long line);
    }

    private CsvRows() {
    }

    /**
     * Reads the header and every row.
     *
     * @param <H>     the description of the columns
     * @param csv     the CSV text, not null; not closed by this method
     * @param header  reads the header, not null
     * @param rows    receives each row after the header, not null
     * @throws IOException if the text cannot be read or is not CSV (the message gives the line and column), if
     *         it is empty ({@code line 1: no header: the file is empty}), or if the header does not read
     *         ({@code line N, } and the header's reason)
     */
    public static <H> void read(Reader csv, Header<H> header, Rows<H> rows) throws IOException {
        CsvMapper mapper = new CsvMapper();
        H columns = null;
        try (CsvParser parser = mapper.getFactory().createParser(csv)) {
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
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
                if (columns != null) {
                    rows.row(columns, cells, line);
                    continue;
                }
                try {
                    columns = header.columns(cells);
                } catch (IllegalArgumentException e) {
                    throw new IOException("line " + line + ", " + e.getMessage(), e);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException("line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage(), e);
        }
        if (columns == null) {
            throw new IOException("line 1: no header: the file is empty");
        }
    }
}
