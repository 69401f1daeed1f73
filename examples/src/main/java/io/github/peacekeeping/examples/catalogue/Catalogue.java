package io.github.peacekeeping.examples.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The UN's peacekeeping operations since 1948, as the reference catalogue
 * {@code operations.json} beside this class records them: derived from the UN Peace and Security Data
 * Hub's mission list, with the corrections that {@code operations.PROVENANCE.txt} lists.
 *
 * <p>The catalogue is a JSON object with the day it describes ({@code asOf}) and an array
 * {@code operations} whose objects use the field names of the wire format's Mission: {@code acronym},
 * {@code name}, {@code hosts}, {@code region}, {@code established} and, once an operation has closed,
 * {@code closed}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue {

    private static final String RESOURCE = "operations.json";
    private static final String AS_OF = "asOf";
    private static final String OPERATIONS = "operations";

    private final LocalDate asOf;
    private final Map<String, CatalogueEntry> byAcronym;

    private Catalogue(LocalDate asOf, Map<String, CatalogueEntry> byAcronym) {
        this.asOf = asOf;
        this.byAcronym = byAcronym;
    }

    /**
     * Obtains the reference catalogue shipped with this module.
     *
     * @return the catalogue, not null
     * @throws IllegalStateException if the resource is missing or does not read, which is a bug of the build
     */
    public static Catalogue reference() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the peacekeeping-examples jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalogue in the format of {@code operations.json}.
     *
     * @param json  the JSON text, not null; not closed by this method
     * @return the catalogue, not null
     * @throws IOException if the text cannot be read or is not JSON
     * @throws IllegalArgumentException if a value is missing or invalid; the message starts with its JSON
     *         Pointer, e.g. {@code /operations/3/hosts/0: Invalid value for countryCode: "XXX" (...)}
     */
    public static Catalogue read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        PartialDate asOfDate = date(root, AS_OF, "/" + AS_OF, true);
        LocalDate asOf = asOfDate.exactDay().orElseThrow(() -> new IllegalArgumentException(
                "/" + AS_OF + ": Invalid value for " + AS_OF + ": " + asOfDate + " (must be a day, not a month or year)"));
        JsonNode operations = root.path(OPERATIONS);
        if (!operations.isArray()) {
            throw new IllegalArgumentException("/" + OPERATIONS + ": expected an array of operations");
        }
        Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            String pointer = "/" + OPERATIONS + "/" + i;
            CatalogueEntry entry = entry(operations.get(i), pointer);
            if (entries.putIfAbsent(entry.acronym(), entry) != null) {
                throw new IllegalArgumentException(pointer + "/" + FieldNames.ACRONYM + ": "
                        + entry.acronym() + " is listed twice");
            }
        }
        return new Catalogue(asOf, entries);
    }

    private static CatalogueEntry entry(JsonNode node, String pointer) {
        List<CountryCode> hosts = new ArrayList<>();
        JsonNode hostNodes = node.path(FieldNames.HOSTS);
        for (int h = 0; h < hostNodes.size(); h++) {
            try {
                hosts.add(CountryCode.of(hostNodes.get(h).asText()));
            } catch (PeacekeepingException e) {
                throw new IllegalArgumentException(pointer + "/" + FieldNames.HOSTS + "/" + h + ": " + e.getMessage(), e);
            }
        }
        Region region;
        try {
            region = Region.valueOf(node.path(FieldNames.REGION).asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pointer + "/" + FieldNames.REGION + ": expected one of "
                    + List.of(Region.values()) + ", found " + node.path(FieldNames.REGION), e);
        }
        PartialDate established = date(node, FieldNames.ESTABLISHED, pointer + "/" + FieldNames.ESTABLISHED, true);
        PartialDate closed = date(node, FieldNames.CLOSED, pointer + "/" + FieldNames.CLOSED, false);
        try {
            return CatalogueEntry.of(text(node, FieldNames.ACRONYM), text(node, FieldNames.NAME), hosts, region,
                    established, closed);
        } catch (PeacekeepingException e) {
            throw new IllegalArgumentException(pointer + "/" + e.field() + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static PartialDate date(JsonNode node, String field, String pointer, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(pointer + ": Missing value for " + field + " (required)");
            }
            return null;
        }
        try {
            return PartialDate.parse(value.asText());
        } catch (PeacekeepingException e) {
            throw new IllegalArgumentException(pointer + ": " + e.forField(field).getMessage(), e);
        }
    }

    /**
     * Returns the day the catalogue describes: an operation without a closing day was active then.
     *
     * @return the day, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns every operation, in order of establishment.
     *
     * @return the entries, unmodifiable
     */
    public List<CatalogueEntry> entries() {
        return List.copyOf(byAcronym.values());
    }

    /**
     * Finds an operation by its acronym.
     *
     * @param acronym  the acronym, e.g. "UNEF I", not null
     * @return the entry, empty if the catalogue has no such operation
     */
    public Optional<CatalogueEntry> find(String acronym) {
        return Optional.ofNullable(byAcronym.get(acronym));
    }

    /**
     * Returns the operations that pass a filter, in order of establishment.
     *
     * @param filter  the filter, not null
     * @return the entries, unmodifiable, possibly empty
     */
    public List<CatalogueEntry> select(Predicate<? super CatalogueEntry> filter) {
        return byAcronym.values().stream().filter(filter).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the operations with no closing day: those active on {@link #asOf()}.
     *
     * @return the entries, unmodifiable
     */
    public List<CatalogueEntry> active() {
        return select(CatalogueEntry::isActive);
    }
}
