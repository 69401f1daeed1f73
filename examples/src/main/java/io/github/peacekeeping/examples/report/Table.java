package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.PeacekeepingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures behind a chart as text, a header and rows of cells as the report page shows them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param header  the column names, at least one, not null, no null element
 * @param rows    the rows, each with one cell per column, not null, no null element
 */
public record Table(List<String> header, List<List<String>> rows) {

    /**
     * Checks the table and copies it.
     *
     * @param header  the column names, not empty
     * @param rows    the rows, one cell per column each
     * @throws PeacekeepingException if a value is missing, the header is empty, or a row has another
     *         number of cells than the header
     */
    public Table {
        header = Inputs.list("header", header);
        if (header.isEmpty()) {
            throw new PeacekeepingException("header", header, "must hold at least one value");
        }
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : Inputs.list("rows", rows)) {
            List<String> cells = Inputs.list("rows", row);
            if (cells.size() != header.size()) {
                throw new PeacekeepingException("rows", cells, "must hold " + header.size() + " cells, one per column");
            }
            copy.add(cells);
        }
        rows = List.copyOf(copy);
    }
}
