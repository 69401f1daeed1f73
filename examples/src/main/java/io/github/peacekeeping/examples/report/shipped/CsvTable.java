package io.github.peacekeeping.examples.report.shipped;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A small CSV file with a header read whole: the data slices the shipped reports are made from. */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * Reads the rows of a file, each a map from the header's names to the cells.
     *
     * @throws IOException if the file cannot be read or is not CSV
     */
    static List<Map<String, String>> rows(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            return rows.readAll();
        }
    }
}
