package io.github.peacekeeping.benchmarks.records;

import io.github.peacekeeping.core.LeadershipRole;
import java.time.LocalDate;

/**
 * A leadership appointment as a plain record.
 *
 * @param role         the role
 * @param name         the holder's name
 * @param nationality  the holder's country code
 * @param start        the first day
 * @param end          the last day, or null
 * @param acting       true for an acting appointment, or null
 */
public record AppointmentRecord(LeadershipRole role, String name, String nationality, LocalDate start,
        LocalDate end, Boolean acting) {
}
