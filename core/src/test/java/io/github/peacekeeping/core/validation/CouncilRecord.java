package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.PermanentSeat;
import io.github.peacekeeping.core.Vote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the slices of the Security Council's record in {@code src/test/resources/unsc} (see the
 * PROVENANCE.txt there): the outcomes of the Dag Hammarskjöld Library's meeting table, and the veto list.
 */
final class CouncilRecord {

    /** What the table says of a resolution or a draft. */
    enum Result { ADOPTED_BY_VOTE, ADOPTED_UNANIMOUSLY, ADOPTED_WITHOUT_VOTE, NOT_ADOPTED, VETOED }

    /**
     * One outcome of a meeting: a resolution ({@code S/RES/119 (1956)}, as the table writes it) or a draft
     * ({@code S/4523}), what the table says of it, its tally where given, and the members the table names
     * as vetoing it.
     */
    record Outcome(int year, Optional<LocalDate> day, String document, Result result, Optional<Vote> tally,
            List<CountryCode> vetoedBy) {

        boolean isResolution() {
            return document.startsWith("S/RES/");
        }

        /**
         * The day of the vote; the table gives none for a few rows of 1948, when the Council's size and
         * majority were the same all year, so the first of the year stands for it.
         */
        LocalDate dayOrFirstOfYear() {
            return day.orElse(LocalDate.of(year, 1, 1));
        }
    }

    private static final Pattern OUTCOME = Pattern.compile(
            "(?<resolution>S/RES/\\d+\\s*\\(\\d{4}\\))\\s*(?:(?<unanimously>[Aa]dopted unanimously)|(?<without>without vote)"
                    + "|(?<ry>\\d+)-(?<rn>\\d+)-(?<ra>\\d+))?"
                    + "|Draft resolutions?\\s*(?<draft>.+?)\\s*(?:(?<notAdopted>not adopted)"
                    + "|vetoed by (?<by>France and UK|Russian Federation|USSR|UK|USA|France|China))"
                    + "\\s*(?:(?<dy>\\d+)-(?<dn>\\d+)-(?<da>\\d+))?",
            Pattern.DOTALL);

    private CouncilRecord() {
    }

    /** Every outcome of the meeting table's rows in a resource, in the order of the table. */
    static List<Outcome> outcomes(String resource) {
        List<Outcome> outcomes = new ArrayList<>();
        List<List<String>> rows = csv(resource);
        for (List<String> row : rows.subList(1, rows.size())) {
            int year = Integer.parseInt(row.get(0));
            Optional<LocalDate> day = day(year, row.get(1).strip());
            Matcher m = OUTCOME.matcher(row.get(3));
            while (m.find()) {
                if (m.group("resolution") != null) {
                    Result result = m.group("ry") != null ? Result.ADOPTED_BY_VOTE
                            : m.group("without") != null ? Result.ADOPTED_WITHOUT_VOTE : Result.ADOPTED_UNANIMOUSLY;
                    outcomes.add(new Outcome(year, day, m.group("resolution").replaceAll("\\s+", " "),
                            result, tally(m.group("ry"), m.group("rn"), m.group("ra")), List.of()));
                } else {
                    List<CountryCode> vetoedBy = m.group("by") == null ? List.of()
                            : members(m.group("by"), day.orElse(LocalDate.of(year, 1, 1)));
                    outcomes.add(new Outcome(year, day, m.group("draft").replaceAll("\\s+", " "),
                            vetoedBy.isEmpty() ? Result.NOT_ADOPTED : Result.VETOED,
                            tally(m.group("dy"), m.group("dn"), m.group("da")), vetoedBy));
                }
            }
        }
        return outcomes;
    }

    /** The members that vetoed each draft on each day of the veto list, the drafts as the list writes them. */
    static Map<LocalDate, Map<String, List<CountryCode>>> vetoes(String resource) {
        Map<LocalDate, Map<String, List<CountryCode>>> vetoes = new HashMap<>();
        List<List<String>> rows = csv(resource);
        for (List<String> row : rows.subList(1, rows.size())) {
            String[] mdy = row.get(1).split("/");
            LocalDate day = LocalDate.of(Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1]));
            List<CountryCode> members = new ArrayList<>(members(row.get(8), day));
            if (!row.get(9).isBlank()) {
                members.addAll(members(row.get(9), day));
            }
            vetoes.computeIfAbsent(day, d -> new HashMap<>()).put(row.get(3), List.copyOf(members));
        }
        return vetoes;
    }

    /** The permanent members a name stands for, each with the code of the state that held its seat that day. */
    static List<CountryCode> members(String names, LocalDate day) {
        List<CountryCode> members = new ArrayList<>();
        for (String name : names.split(" and ")) {
            PermanentSeat seat;
            switch (name.strip()) {
                case "USSR":
                case "Russia":
                case "Russian Federation":
                    seat = PermanentSeat.RUSSIAN_FEDERATION;
                    break;
                case "UK":
                    seat = PermanentSeat.UNITED_KINGDOM;
                    break;
                case "France":
                    seat = PermanentSeat.FRANCE;
                    break;
                case "USA":
                    seat = PermanentSeat.UNITED_STATES;
                    break;
                case "China":
                    seat = PermanentSeat.CHINA;
                    break;
                default:
                    throw new IllegalArgumentException("no permanent member: " + name);
            }
            members.add(seat.holderOn(day));
        }
        return members;
    }

    private static Optional<LocalDate> day(int year, String dayAndMonth) {
        if (dayAndMonth.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = dayAndMonth.split("\\s+");
        return Optional.of(LocalDate.of(year, Month.valueOf(parts[1].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[0])));
    }

    private static Optional<Vote> tally(String yes, String no, String abstain) {
        return yes == null ? Optional.empty()
                : Optional.of(Vote.of(Integer.parseInt(yes), Integer.parseInt(no), Integer.parseInt(abstain)));
    }

    /** The records of a CSV resource (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks). */
    static List<List<String>> csv(String resource) {
        String text;
        try (InputStream in = CouncilRecord.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
