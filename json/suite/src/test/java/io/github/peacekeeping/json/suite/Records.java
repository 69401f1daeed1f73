package io.github.peacekeeping.json.suite;

import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/** Contribution records made from their number, so that tests can stream any count without holding them. */
final class Records {

    private static final List<String> MISSIONS = List.of("UNMIL", "UNIFIL", "MONUSCO", "UNMISS", "MINUSMA", "UNEF I");
    private static final List<CountryCode> CONTRIBUTORS = CountryCode.values().subList(0, 97);
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 31);

    private Records() {
    }

    /** The record number {@code i}: every category, with and without a female count. */
    static ContributionRecord record(long i) {
        PersonnelCategory category = PersonnelCategory.values().get((int) (i % 5));
        LocalDate date = FIRST.plusMonths(i % 420).withDayOfMonth(28);
        int total = (int) (i % 5000);
        Deployment<PersonnelCategory> deployment = i % 3 == 0
                ? Deployment.of(CONTRIBUTORS.get((int) (i % 97)), category, date, total)
                : Deployment.of(CONTRIBUTORS.get((int) (i % 97)), category, date, total, (int) (i % 7) % (total + 1));
        return ContributionRecord.of(MISSIONS.get((int) (i % 6)), deployment);
    }

    /** The line of record {@code i}, as the writer writes it, built by hand. */
    static String line(long i) {
        ContributionRecord r = record(i);
        return "{\"mission\":\"" + r.mission() + "\",\"contributor\":\"" + r.contributor() + "\",\"category\":\""
                + r.category().name() + "\",\"date\":\"" + r.date() + "\",\"total\":" + r.total()
                + (r.female().isPresent() ? ",\"female\":" + r.female().getAsInt() : "") + "}\n";
    }

    /** A stream of {@code count} lines, made as it is read. */
    static InputStream lines(long count, LongFunction<String> line) {
        return new InputStream() {
            private long next;
            private byte[] current = new byte[0];
            private int at;

            private boolean fill() {
                while (at == current.length) {
                    if (next == count) {
                        return false;
                    }
                    current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                return true;
            }

            @Override
            public int read() {
                return fill() ? current[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                int n = 0;
                while (n < length && fill()) {
                    int chunk = Math.min(length - n, current.length - at);
                    System.arraycopy(current, at, buffer, offset + n, chunk);
                    at += chunk;
                    n += chunk;
                }
                return n == 0 ? -1 : n;
            }
        };
    }
}
