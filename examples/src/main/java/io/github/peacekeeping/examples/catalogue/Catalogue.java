package io.github.peacekeeping.examples.catalogue;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.json.PeacekeepingJson;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The UN's peacekeeping operations since 1948, as the reference catalogue {@code operations.jsonl} beside
 * this class records them: derived from the UN Peace and Security Data Hub's mission list, with the
 * corrections, links and aliases that {@code operations.PROVENANCE.txt} sources.
 *
 * <p>The catalogue is read with the JSON module into the model's own type: each line of
 * {@code operations.jsonl} is a {@link MissionProfile} in the wire format ({@code acronym}, {@code name},
 * {@code hosts}, {@code region}, {@code established}, {@code operationsEnded}, {@code closed}, {@code links},
 * {@code aliases}, the names of a mission's same fields), read by {@link PeacekeepingJson#readProfiles}. A
 * profile, not a {@code Mission}: the UN's list has no resolutions, and a mission holds at least one.
 *
 * <p>The catalogue describes the record up to a day, {@link #asOf()}: an operation without a closing day was
 * active then. JSON Lines have no header, so the day is given with the lines; the reference catalogue's day is
 * the one its PROVENANCE file checked the active operations on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue {

    private static final String RESOURCE = "operations.jsonl";
    /** The day operations.PROVENANCE.txt checked the 11 active operations on ("ACTIVE ON 2026-11-28"). */
    private static final LocalDate REFERENCE_AS_OF = LocalDate.of(2026, 11, 28);

    private final LocalDate asOf;
    private final Map<String, MissionProfile> byAcronym;

    private Catalogue(LocalDate asOf, Map<String, MissionProfile> byAcronym) {
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
            return read(in, REFERENCE_AS_OF);
        } catch (PeacekeepingJsonException | PeacekeepingException e) {
            throw new IllegalStateException(RESOURCE + " is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a catalogue: mission profiles in JSON Lines, one operation a line, in order of establishment.
     *
     * @param jsonLines  the lines in UTF-8, not null; not closed by this method
     * @param asOf       the day the catalogue describes, not null
     * @return the catalogue, not null
     * @throws PeacekeepingJsonException if a line is not a valid mission profile; the message gives the
     *         field, the line and the column
     * @throws PeacekeepingException if two lines give one acronym
     * @throws IOException if the stream fails
     */
    public static Catalogue read(InputStream jsonLines, LocalDate asOf) throws IOException {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, MissionProfile> profiles = new LinkedHashMap<>();
        for (MissionProfile profile : PeacekeepingJson.standard().readProfiles(jsonLines)) {
            if (profiles.putIfAbsent(profile.acronym(), profile) != null) {
                throw new PeacekeepingException(FieldNames.ACRONYM, profile.acronym(), "names two operations");
            }
        }
        return new Catalogue(asOf, profiles);
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
     * @return the profiles, unmodifiable
     */
    public List<MissionProfile> entries() {
        return List.copyOf(byAcronym.values());
    }

    /**
     * Finds an operation by its acronym.
     *
     * @param acronym  the acronym, e.g. "UNEF I", not null
     * @return the profile, empty if the catalogue has no such operation
     */
    public Optional<MissionProfile> find(String acronym) {
        return Optional.ofNullable(byAcronym.get(acronym));
    }

    /**
     * Returns the operations that pass a filter, in order of establishment.
     *
     * @param filter  the filter, not null
     * @return the profiles, unmodifiable, possibly empty
     */
    public List<MissionProfile> select(Predicate<? super MissionProfile> filter) {
        return byAcronym.values().stream().filter(filter).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the operations with no closing day: those active on {@link #asOf()}.
     *
     * @return the profiles, unmodifiable
     */
    public List<MissionProfile> active() {
        return select(profile -> profile.closed().isEmpty());
    }

    /**
     * Returns the names of the operations, to join data from files that name them differently: each acronym,
     * and the aliases of the UN's files ("UNAVEM" for UNAVEM I, II or III by the day), each operation answering
     * for its aliases from the hand-over day of its predecessor link where it has one, otherwise from the first
     * day of its establishment ({@link MissionNames#ofProfiles}).
     *
     * @return the names, not null
     */
    public MissionNames names() {
        return MissionNames.ofProfiles(byAcronym.values());
    }
}
