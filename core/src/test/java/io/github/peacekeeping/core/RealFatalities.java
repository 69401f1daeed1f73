package io.github.peacekeeping.core;

import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import io.github.peacekeeping.core.fatality.Gender;
import io.github.peacekeeping.core.fatality.IncidentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the UN's fatality file copied into {@code fatalities/fatalities-slice.csv} (see the PROVENANCE
 * beside it), as fatality records. The slice has no quoted cells, so its lines split on commas; a blank
 * isocode3 or gender is an absent nationality or gender.
 */
public final class RealFatalities {

    private RealFatalities() {
    }

    public static List<Fatality> all() {
        List<Fatality> fatalities = new ArrayList<>();
        try (InputStream in = RealFatalities.class.getResourceAsStream("/fatalities/fatalities-slice.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                fatalities.add(Fatality.builder()
                        .casualtyId(cells[2])
                        .date(LocalDate.parse(cells[1]))
                        .mission(cells[3])
                        .gender(cells[5].isEmpty() ? null : Gender.fromUnLabel(cells[5]))
                        .category(FatalityCategory.fromUnLabel(cells[7]))
                        .incidentType(IncidentType.fromUnLabel(cells[8]))
                        .nationality(cells[10].isEmpty() ? null : CountryCode.of(cells[10]))
                        .build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(fatalities);
    }

    public static List<Fatality> of(String mission) {
        return all().stream().filter(f -> f.mission().equals(mission)).toList();
    }
}
