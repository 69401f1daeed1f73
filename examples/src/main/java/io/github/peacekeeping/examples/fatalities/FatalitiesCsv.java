package io.github.peacekeeping.examples.fatalities;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.Gender;
import io.github.peacekeeping.core.fatality.IncidentType;
import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.examples.csv.CsvRows;
import io.github.peacekeeping.examples.csv.RowRefused;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads the UN's fatality file ({@code DPPADPOSS-FATALITIES.csv} of the UN Peace and Security Data Hub, or its
 * release of 2021, {@code odp_noticas}): one row per death, each becoming one {@link Fatality}.
 *
 * <p>A row is refused, with its line number and the reason, when a cell does not read: the incident date,
 * a blank casualty identifier or mission, a type of casualty other than "Fatality", a personnel type, type of
 * incident or gender that is not one of the file's labels, an {@code isocode3} that is not a known code, a
 * nationality that has no code and names no known country ({@link Nationalities}), or an alias of missions
 * none of which was responsible yet on the incident date. Nothing else is dropped: a casualty identifier
 * recorded twice is imported twice, as the UN counts it, and listed
 * ({@link FatalityImport#repeatedCasualties()}).
 *
 * <p>The mission is the file's {@code mission_acronym} resolved by {@link OperationNames}: an alias ("UNAVEM")
 * becomes the operation responsible on the incident date (UNAVEM II or III), and a name that is neither an
 * operation of the catalogue nor an alias (a special political mission such as UNAMA, or "UNSecretariat") is
 * kept as the file writes it and listed ({@link FatalityImport#otherNames()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FatalitiesCsv {

    private static final String FATALITY = "Fatality";

    private FatalitiesCsv() {
    }

    /**
     * Reads a fatality file.
     *
     * @param csv      the CSV text, header first, not null; not closed by this method
     * @param names    the names of the operations, not null
     * @param records  receives each record, in the order of the file, not null
     * @return what the import did, not null
     * @throws IOException if the text cannot be read, is not CSV, or its header lacks a required column; the
     *         message gives the line (and column where the CSV parser knows it)
     */
    public static FatalityImport read(Reader csv, MissionNames names, Consumer<? super Fatality> records) throws IOException {
        FatalityImport summary = new FatalityImport();
        CsvRows.read(csv, FatalityColumns::of, (columns, cells, line) -> {
            summary.rowRead();
            Fatality fatality;
            try {
                fatality = fatality(columns, cells, names, summary);
            } catch (RowRefused e) {
                summary.refused(line, e.getMessage());
                return;
            }
            summary.add(line, fatality);
            records.accept(fatality);
        });
        return summary;
    }

    private static Fatality fatality(FatalityColumns columns, List<String> cells, MissionNames names, FatalityImport summary) {
        if (cells.size() != columns.width) {
            throw new RowRefused("expected " + columns.width + " cells, found " + cells.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(cells.get(columns.date).strip());
        } catch (DateTimeParseException e) {
            throw new RowRefused(FatalityColumns.DATE + " \"" + cells.get(columns.date) + "\" is not an ISO-8601 date");
        }
        String type = cells.get(columns.typeOfCasualty).strip();
        if (!type.equals(FATALITY)) {
            throw new RowRefused(FatalityColumns.TYPE_OF_CASUALTY + " \"" + type + "\" is not " + FATALITY
                    + ": the file records deaths");
        }
        String casualtyId = required(cells, columns.casualtyId, FatalityColumns.CASUALTY_ID);
        String mission = mission(required(cells, columns.mission, FatalityColumns.MISSION), date, names, summary);
        FatalityCategory category = label(() -> FatalityCategory.fromUnLabel(cells.get(columns.category)),
                FatalityColumns.CATEGORY, cells.get(columns.category), "is not a personnel type of the UN's fatality file");
        IncidentType incident = label(() -> IncidentType.fromUnLabel(cells.get(columns.incident)),
                FatalityColumns.INCIDENT, cells.get(columns.incident), "is not a type of incident of the UN's fatality file");
        Gender gender = null;
        if (columns.gender >= 0 && !cells.get(columns.gender).isBlank()) {
            gender = label(() -> Gender.fromUnLabel(cells.get(columns.gender)), FatalityColumns.GENDER,
                    cells.get(columns.gender), "is neither F nor M");
        }
        return Fatality.builder().casualtyId(casualtyId).date(date).mission(mission)
                .nationality(nationality(cells.get(columns.iso3), cells.get(columns.nationality), summary).orElse(null))
                .category(category).incidentType(incident).gender(gender).build();
    }

    private static String required(List<String> cells, int column, String name) {
        String value = cells.get(column).strip();
        if (value.isEmpty()) {
            throw new RowRefused(name + " is blank");
        }
        return value;
    }

    private static String mission(String name, LocalDate date, MissionNames names, FatalityImport summary) {
        if (!names.isKnown(name)) {
            summary.otherName(name);
            return name;
        }
        Optional<String> acronym = names.resolve(name, date);
        if (acronym.isEmpty()) {
            throw new RowRefused(FatalityColumns.MISSION + " \"" + name + "\" names " + names.missionsOf(name)
                    + ", none of them responsible yet on " + date);
        }
        if (names.isAlias(name)) {
            summary.aliasResolved(name, acronym.get());
        }
        return acronym.get();
    }

    private static Optional<CountryCode> nationality(String iso3, String name, FatalityImport summary) {
        String code = iso3.strip();
        if (!code.isEmpty()) {
            if (!CountryCode.isKnown(code)) {
                throw new RowRefused(FatalityColumns.ISO3 + " \"" + iso3
                        + "\" is not an ISO 3166-1 alpha-3 code, XKX or a former ISO 3166-3 code");
            }
            return Optional.of(CountryCode.of(code));
        }
        if (Nationalities.isNone(name)) {
            summary.noNationality(name.strip());
            return Optional.empty();
        }
        CountryCode country = Nationalities.of(name).orElseThrow(() -> new RowRefused(FatalityColumns.NATIONALITY
                + " \"" + name + "\" has no " + FatalityColumns.ISO3 + " and names no known country"));
        summary.nationalityByName(name.strip(), country);
        return Optional.of(country);
    }

    private static <T> T label(Supplier<T> label, String column, String value, String why) {
        try {
            return label.get();
        } catch (PeacekeepingException e) {
            throw new RowRefused(column + " \"" + value + "\" " + why);
        }
    }
}
