package io.github.peacekeeping.examples.fatalities;

import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.examples.catalogue.Catalogue;
import io.github.peacekeeping.examples.catalogue.CatalogueEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the UN's peacekeeping operations as the fatality file writes them: the acronyms of the
 * catalogue ({@link Catalogue#reference()}) and the aliases of {@code mission-aliases.tsv} beside this class
 * (UNEF, UNAVEM, UNOSOM, UNPSG, IPTF), with the days from which each operation answers for its alias, as
 * {@code mission-aliases.PROVENANCE.txt} sources them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OperationNames {

    private static final String RESOURCE = "mission-aliases.tsv";

    private OperationNames() {
    }

    /**
     * Obtains the names of the catalogue's operations with the aliases of the fatality file.
     *
     * @return the names, not null
     * @throws IllegalStateException if the alias table is missing, does not read, or names an operation the
     *         catalogue lacks, which is a bug of the build
     */
    public static MissionNames reference() {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, LocalDate> from = new HashMap<>();
        try (InputStream in = OperationNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the peacekeeping-examples jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: alias, acronym, responsibleFrom
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", -1);
                aliases.computeIfAbsent(cells[1], a -> new ArrayList<>()).add(cells[0]);
                from.put(cells[1], LocalDate.parse(cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        MissionNames.Builder names = MissionNames.builder();
        for (CatalogueEntry entry : Catalogue.reference().entries()) {
            names.add(entry.acronym(), from.getOrDefault(entry.acronym(), entry.established().earliest()),
                    aliases.getOrDefault(entry.acronym(), List.of()));
            aliases.remove(entry.acronym());
        }
        if (!aliases.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " names operations the catalogue lacks: " + aliases.keySet());
        }
        return names.build();
    }
}
