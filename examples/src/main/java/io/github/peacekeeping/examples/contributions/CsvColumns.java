package io.github.peacekeeping.examples.contributions;

import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.PersonnelCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the columns of a contribution file are, read from its header: the reporting date, the
 * contributor's ISO 3166-1 alpha-3 code, the mission, and for each personnel category and for the row's
 * total the Male, Female and Total columns.
 *
 * <p>Category columns are found by their UN label followed by " Male", " Female" or " Total", and the
 * label is mapped with {@link PersonnelCategory#fromUnLabel(String)}: "Individual Police" and "Formed
 * Police Units" go to the police component, "Experts on Mission" and "Troops" to the military one, and
 * the labels of older files are read as well: "Military Observer" as experts on mission, and "Police" or
 * "Civilian Police", which counted formed police units too, as {@code POLICE}. The IPI
 * file has no "Staff Officer" columns: in those years the UN counted staff officers with the troops.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CsvColumns {

    static final String DATE = "Date";
    static final String ISO3 = "Contributor ISO-3";
    static final String MISSION = "Mission";
    static final String ROW_TOTAL = "Total";
    static final String MALE = "Male";
    static final String FEMALE = "Female";
    static final String TOTAL = "Total";

    /** The three columns of one category, or of the row's total, and the label the file gives it. */
    static final class Triple {
        final String label;
        final int male;
        final int female;
        final int total;

        Triple(String label, int male, int female, int total) {
            this.label = label;
            this.male = male;
            this.female = female;
            this.total = total;
        }
    }

    final int width;
    final int date;
    final int iso3;
    final int mission;
    final Map<PersonnelCategory, Triple> categories;
    final Triple rowTotal;

    private CsvColumns(int width, int date, int iso3, int mission, Map<PersonnelCategory, Triple> categories,
            Triple rowTotal) {
        this.width = width;
        this.date = date;
        this.iso3 = iso3;
        this.mission = mission;
        this.categories = categories;
        this.rowTotal = rowTotal;
    }

    /**
     * Reads the header.
     *
     * @param header  the header's cells, not null
     * @return the columns, not null
     * @throws IllegalArgumentException if a required column is missing or a label is not one of the UN's
     */
    static CsvColumns of(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(DATE, ISO3, MISSION)) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        Map<String, int[]> triples = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> column : index.entrySet()) {
            String name = column.getKey();
            int part = name.endsWith(" " + MALE) ? 0 : name.endsWith(" " + FEMALE) ? 1 : name.endsWith(" " + TOTAL) ? 2 : -1;
            if (part >= 0) {
                String label = name.substring(0, name.lastIndexOf(' '));
                triples.computeIfAbsent(label, l -> new int[] {-1, -1, -1})[part] = column.getValue();
            }
        }
        Map<PersonnelCategory, Triple> categories = new LinkedHashMap<>();
        Triple rowTotal = null;
        for (Map.Entry<String, int[]> triple : triples.entrySet()) {
            String label = triple.getKey();
            int[] at = triple.getValue();
            for (int part = 0; part < 3; part++) {
                if (at[part] < 0) {
                    missing.add(label + " " + List.of(MALE, FEMALE, TOTAL).get(part));
                }
            }
            Triple columns = new Triple(label, at[0], at[1], at[2]);
            if (label.equals(ROW_TOTAL)) {
                rowTotal = columns;
                continue;
            }
            PersonnelCategory category;
            try {
                category = PersonnelCategory.fromUnLabel(label);
            } catch (PeacekeepingException e) {
                throw new IllegalArgumentException("header: " + e.getMessage(), e);
            }
            if (categories.putIfAbsent(category, columns) != null) {
                throw new IllegalArgumentException("header: \"" + label + "\" and \"" + categories.get(category).label
                        + "\" are both " + category.name());
            }
        }
        if (categories.isEmpty()) {
            missing.add("a Male/Female/Total triple for a personnel category");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("header: missing columns " + missing);
        }
        return new CsvColumns(header.size(), index.get(DATE), index.get(ISO3), index.get(MISSION),
                categories, rowTotal);
    }
}
