package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.UniformedComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK116: a former state (ISO 3166-3) is named only on days it existed: a host during the mission's life,
 * a contributor on the reporting day, a member voting against on the day of the vote, a leader's
 * nationality on the first day in office. The USSR ({@code SUN}) contributing in 1995 is a coding error:
 * the record meant the Russian Federation.
 */
final class FormerStateOutOfTime implements Check {

    @Override
    public void check(Rule rule, Mission mission, Consumer<? super Finding> findings) {
        List<CountryCode> hosts = mission.hosts();
        for (int i = 0; i < hosts.size(); i++) {
            CountryCode host = hosts.get(i);
            if (host.existence().isPresent() && !host.existence().get().overlaps(mission.life())) {
                findings.accept(Finding.of(rule, Pointer.of(FieldNames.HOSTS, i),
                        describe(host) + " is a host, but did not exist during the mission's life " + mission.life()));
            }
        }
        List<Mandate> mandates = mission.mandates();
        for (int i = 0; i < mandates.size(); i++) {
            Resolution resolution = mandates.get(i).resolution();
            List<CountryCode> against = resolution.vote().map(v -> v.against()).orElse(List.of());
            for (int a = 0; a < against.size(); a++) {
                if (!against.get(a).existedOn(resolution.adopted())) {
                    report(rule, against.get(a), resolution.adopted(), "voted against " + resolution.symbol(),
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
            if (!appointment.nationality().existedOn(appointment.start())) {
                report(rule, appointment.nationality(), appointment.start(),
                        "is the nationality of " + appointment.name(),
                        Pointer.of(FieldNames.LEADERSHIP, i, FieldNames.NATIONALITY), findings);
            }
        }
    }

    // The caller checks first: a path is built only for a finding, not for each of 100,000 deployments.
    private static void report(Rule rule, CountryCode country, LocalDate date, String role, String path,
            Consumer<? super Finding> findings) {
        findings.accept(Finding.of(rule, path, describe(country) + " " + role + " on " + date
                + ", but existed only " + country.existence().orElseThrow()));
    }

    private static String describe(CountryCode country) {
        return country.code() + " (" + country.name() + ")";
    }
}
