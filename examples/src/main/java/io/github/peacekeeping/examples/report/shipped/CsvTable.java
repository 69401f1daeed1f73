package io.github.peacekeeping.examples.report.shipped;

import io.github.peacekeeping.examples.csv.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small CSV file with a header read whole ({@link CsvRows}): the data slices the shipped reports are made from. */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * Reads the rows of a file, each a map from the header's names to the cells.
     *
     * @throws IOException if the file cannot be read or is not CSV
     * @throws IllegalStateException if a row has another number of cells than the header
     */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRows.read(reader, List::copyOf, (header, cells, line) -> {
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(file + ": line " + line + ": " + cells.size() + " cells, not "
                            + header.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(row);
            });
        }
        return rows;
    }
}
