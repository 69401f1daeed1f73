package io.github.peacekeeping.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small CSV slices of real data sets in the test resources: a header line, then rows, cells
 * separated by commas, double quotes around a cell that may hold commas (no quote inside a cell in these
 * files). A byte order mark, CRLF line ends and empty lines are allowed.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Reads a resource into rows, each a map from the header's names to the row's cells, in the file's order.
     *
     * @param resource  the resource path, e.g. {@code /ipi/data_mission_unamir.csv}
     * @return the rows, header excluded
     */
    public static List<Map<String, String>> rows(String resource) {
        String text;
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(resource + ": " + cells.size() + " cells in " + line);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
