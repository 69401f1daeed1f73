package io.github.peacekeeping.examples.fatalities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the columns of a fatality file are, read from its header. The names are the UN's, compared without
 * case, so that the release of 2025 ({@code incident_date}, {@code mission_acronym}, ...) and that of 2021
 * ({@code Incident_Date}, {@code Mission_Acronym}, ..., with a byte order mark before the first) both read.
 * {@code gender} is optional (the release of 2021 has none); {@code id}, {@code m49_code} and
 * {@code last_update} are not read: the row's line stands for the id, and the country is read from
 * {@code isocode3}, or from {@code casualty_nationality} where the file gives no code.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FatalityColumns {

    static final String DATE = "incident_date";
    static final String CASUALTY_ID = "casualty_id";
    static final String MISSION = "mission_acronym";
    static final String TYPE_OF_CASUALTY = "type_of_casualty";
    static final String GENDER = "gender";
    static final String NATIONALITY = "casualty_nationality";
    static final String CATEGORY = "casualty_personnel_type";
    static final String INCIDENT = "type_of_incident";
    static final String ISO3 = "isocode3";

    private static final List<String> REQUIRED = List.of(DATE, CASUALTY_ID, MISSION, TYPE_OF_CASUALTY, NATIONALITY,
            CATEGORY, INCIDENT, ISO3);

    final int width;
    final int date;
    final int casualtyId;
    final int mission;
    final int typeOfCasualty;
    /** The gender column, or -1 where the file has none. */
    final int gender;
    final int nationality;
    final int category;
    final int incident;
    final int iso3;

    private FatalityColumns(int width, Map<String, Integer> index) {
        this.width = width;
        this.date = index.get(DATE);
        this.casualtyId = index.get(CASUALTY_ID);
        this.mission = index.get(MISSION);
        this.typeOfCasualty = index.get(TYPE_OF_CASUALTY);
        this.gender = index.getOrDefault(GENDER, -1);
        this.nationality = index.get(NATIONALITY);
        this.category = index.get(CATEGORY);
        this.incident = index.get(INCIDENT);
        this.iso3 = index.get(ISO3);
    }

    /**
     * Reads the header.
     *
     * @param header  the header's cells, not null
     * @return the columns, not null
     * @throws IllegalArgumentException if a required column is missing or named twice
     */
    static FatalityColumns of(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (index.putIfAbsent(name, i) != null && (REQUIRED.contains(name) || name.equals(GENDER))) {
                throw new IllegalArgumentException("header: column " + name + " is named twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("header: missing columns " + missing);
        }
        return new FatalityColumns(header.size(), index);
    }
}
