package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PermanentSeat;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.UniformedComponent;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * PK116: a country code is used only on days it names its state ({@link CountryCode#periods()}), both
 * ways: a former code after its state ended (the USSR, {@code SUN}, contributing in 1995 is a coding error
 * for the Russian Federation) and a current code before its state began ({@code RUS} in 1990 stands for
 * the USSR). A contributor is checked on the reporting day, a member voting against on the day of the vote,
 * a leader's nationality on the first day in office (on some day of it, for a start known only to the
 * month or year). A permanent member voting against may be given by the
 * present code of its seat on any day ({@code RUS} in 1960), as the wire format allows.
 *
 * <p>A host is a territory rather than a state acting on a day, and the UN's own lists name the territory
 * of a past mission by its code of today (UNAMET and UNTAET in East Timor are {@code TLS} from 1999 in the
 * IPI Peacekeeping Database, UNMIK's Kosovo is {@code SRB} from 1999): so a host is reported only for a
 * former code whose state ended before the mission's life began, or began after it ended, in every reading
 * of the mission's dates.
 */
final class CountryCodeOutOfTime implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<CountryCode> hosts = mission.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            CountryCode host = hosts.get(i);
            if (host.isFormer() && !host.existedDuring(mission.life())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.HOSTS, i), describe(host)
                        + " is a host during the mission's life " + mission.life() + outside(host)));
            }
        }
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            List<CountryCode> against = resolution.vote().map(v -> v.against()).orElse(List.of());
            for (int a = 0; a < against.size(); a++) {
                CountryCode member = against.get(a);
                boolean presentSeatCode = PermanentSeat.heldBy(member).map(s -> s.holder() == member).orElse(false);
                if (!presentSeatCode && !member.existedOn(resolution.adopted())) {
                    report(rule, member, resolution.adopted(), "votes against " + resolution.symbol(),
                            Pointer.of(FieldNames.MANDATES, i, FieldNames.RESOLUTION, FieldNames.VOTE,
                                    FieldNames.AGAINST, a), findings);
                }
            }
        }
        List<Component> components = mission.components();
        for (int c = 0; c < components.size(); c++) {
            if (components.get(c) instanceof UniformedComponent) {
                List<? extends Deployment<?>> deployments = ((UniformedComponent<?>) components.get(c)).deployments();
                for (int d = 0; d < deployments.size(); d++) {
                    Deployment<?> deployment = deployments.get(d);
                    if (!deployment.contributor().existedOn(deployment.date())) {
                        report(rule, deployment.contributor(), deployment.date(), "contributes personnel",
                                Pointer.of(FieldNames.COMPONENTS, c, FieldNames.DEPLOYMENTS, d, FieldNames.CONTRIBUTOR),
                                findings);
                    }
                }
            }
        }
        List<Appointment> leadership = mission.leadership();
        for (int i = 0; i < leadership.size(); i++) {
            Appointment appointment = leadership.get(i);
            if (!appointment.nationality().existedDuring(appointment.start().days())) {
                report(rule, appointment.nationality(), appointment.start(),
                        "is the nationality of " + appointment.name(),
                        Pointer.of(FieldNames.LEADERSHIP, i, FieldNames.NATIONALITY), findings);
            }
        }
    }

    // The caller checks first: a path is built only for a finding, not for each of 100,000 deployments.
    private static void report(Rule rule, CountryCode country, Object date, String role, String path,
            Consumer<? super Finding> findings) {
        findings.accept(Finding.of(rule, path, describe(country) + " " + role + " on " + date + outside(country)));
    }

    private static String outside(CountryCode country) {
        return ", outside the days the code names its state: " + periods(country);
    }

    /** The periods in which a code names its state, as findings write them: {@code 1922-12-30/1991-12-26, ...}. */
    static String periods(CountryCode country) {
        return country.periods().stream().map(DateRange::toString).collect(Collectors.joining(", "));
    }

    private static String describe(CountryCode country) {
        return country.code() + " (" + country.name() + ")";
    }
}
