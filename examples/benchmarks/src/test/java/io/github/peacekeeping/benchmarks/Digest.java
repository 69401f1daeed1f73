package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.benchmarks.immutables.AppointmentValue;
import io.github.peacekeeping.benchmarks.immutables.CeilingsValue;
import io.github.peacekeeping.benchmarks.immutables.CivilianComponentValue;
import io.github.peacekeeping.benchmarks.immutables.ComponentValue;
import io.github.peacekeeping.benchmarks.immutables.ContributionLineValue;
import io.github.peacekeeping.benchmarks.immutables.DeploymentValue;
import io.github.peacekeeping.benchmarks.immutables.MandateValue;
import io.github.peacekeeping.benchmarks.immutables.MilitaryComponentValue;
import io.github.peacekeeping.benchmarks.immutables.MissionValue;
import io.github.peacekeeping.benchmarks.immutables.PoliceComponentValue;
import io.github.peacekeeping.benchmarks.immutables.ResolutionValue;
import io.github.peacekeeping.benchmarks.immutables.VoteValue;
import io.github.peacekeeping.benchmarks.records.AppointmentRecord;
import io.github.peacekeeping.benchmarks.records.CeilingsRecord;
import io.github.peacekeeping.benchmarks.records.CivilianComponentRecord;
import io.github.peacekeeping.benchmarks.records.ComponentRecord;
import io.github.peacekeeping.benchmarks.records.ContributionLineRecord;
import io.github.peacekeeping.benchmarks.records.DeploymentRecord;
import io.github.peacekeeping.benchmarks.records.MandateRecord;
import io.github.peacekeeping.benchmarks.records.MilitaryComponentRecord;
import io.github.peacekeeping.benchmarks.records.MissionRecord;
import io.github.peacekeeping.benchmarks.records.PoliceComponentRecord;
import io.github.peacekeeping.benchmarks.records.ResolutionRecord;
import io.github.peacekeeping.benchmarks.records.VoteRecord;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.UniformedComponent;
import io.github.peacekeeping.core.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every field's value of a document as each reader read it, in the order of the wire format, one
 * {@code path=value} a line ({@code mandates[3].resolution.vote.yes=15}): two readers that read the same
 * values give equal digests, and a reader that skips or misplaces a field gives a different one. The
 * model, the records (databind and DSL-JSON) and the Immutables value types each have their walk below.
 * Absent values are {@code null}; an absent list is an empty one ({@code Vote.against} has no "absent"),
 * and an absent {@code acting} is false, as the model has them.
 */
final class Digest {

    private final List<String> values = new ArrayList<>();

    private Digest() {
    }

    /** Every field's value of a mission of the model. */
    static List<String> of(Mission mission) {
        Digest d = new Digest();
        d.add("acronym", mission.acronym());
        d.add("name", mission.name());
        d.list("hosts", codes(mission.hosts()), d::add);
        d.add("region", mission.region());
        d.add("established", mission.established());
        d.add("closed", mission.closed());
        d.list("mandates", mission.mandates(), (path, mandate) -> d.mandate(path, mandate));
        d.list("components", mission.components(), (path, component) -> d.component(path, component));
        d.list("leadership", mission.leadership(), (path, appointment) -> d.appointment(path, appointment));
        return d.values;
    }

    /** Every field's value of a mission record. */
    static List<String> of(MissionRecord mission) {
        Digest d = new Digest();
        d.add("acronym", mission.acronym());
        d.add("name", mission.name());
        d.list("hosts", mission.hosts(), d::add);
        d.add("region", mission.region());
        d.add("established", mission.established());
        d.add("closed", mission.closed());
        d.list("mandates", mission.mandates(), (path, mandate) -> d.mandate(path, mandate));
        d.list("components", mission.components(), (path, component) -> d.component(path, component));
        d.list("leadership", mission.leadership(), (path, appointment) -> d.appointment(path, appointment));
        return d.values;
    }

    /** Every field's value of a mission value type. */
    static List<String> of(MissionValue mission) {
        Digest d = new Digest();
        d.add("acronym", mission.acronym());
        d.add("name", mission.name());
        d.list("hosts", mission.hosts(), d::add);
        d.add("region", mission.region());
        d.add("established", mission.established());
        d.add("closed", mission.closed());
        d.list("mandates", mission.mandates(), (path, mandate) -> d.mandate(path, mandate));
        d.list("components", mission.components(), (path, component) -> d.component(path, component));
        d.list("leadership", mission.leadership(), (path, appointment) -> d.appointment(path, appointment));
        return d.values;
    }

    /** Every field's value of a flat record of the model. */
    static List<String> of(ContributionRecord record) {
        Digest d = new Digest();
        d.add("mission", record.mission());
        d.deployment("", record.deployment());
        return d.values;
    }

    /** Every field's value of a flat record. */
    static List<String> of(ContributionLineRecord record) {
        Digest d = new Digest();
        d.add("mission", record.mission());
        d.deployment("", record.contributor(), record.category(), record.date(), record.total(), record.female());
        return d.values;
    }

    /** Every field's value of a flat record's value type. */
    static List<String> of(ContributionLineValue record) {
        Digest d = new Digest();
        d.add("mission", record.mission());
        d.deployment("", record.contributor(), record.category(), record.date(), record.total(), record.female());
        return d.values;
    }

    private void mandate(String path, Mandate mandate) {
        resolution(path + ".resolution", mandate.resolution());
        list(path + ".actions", mandate.actions(), this::add);
        add(path + ".effective", mandate.effective());
        add(path + ".expires", mandate.expires());
        add(path + ".chapterVII", mandate.chapterVII());
        list(path + ".tasks", mandate.tasks().orElse(null), this::add);
        ceilings(path + ".ceilings", mandate.ceilings().orElse(null), c -> value(c.military()),
                c -> value(c.police()), c -> value(c.civilian()));
    }

    private void mandate(String path, MandateRecord mandate) {
        resolution(path + ".resolution", mandate.resolution());
        list(path + ".actions", mandate.actions(), this::add);
        add(path + ".effective", mandate.effective());
        add(path + ".expires", mandate.expires());
        add(path + ".chapterVII", mandate.chapterVII());
        list(path + ".tasks", mandate.tasks(), this::add);
        ceilings(path + ".ceilings", mandate.ceilings(), CeilingsRecord::military, CeilingsRecord::police,
                CeilingsRecord::civilian);
    }

    private void mandate(String path, MandateValue mandate) {
        resolution(path + ".resolution", mandate.resolution());
        list(path + ".actions", mandate.actions(), this::add);
        add(path + ".effective", mandate.effective());
        add(path + ".expires", mandate.expires());
        add(path + ".chapterVII", mandate.chapterVII());
        list(path + ".tasks", mandate.tasks(), this::add);
        ceilings(path + ".ceilings", mandate.ceilings(), CeilingsValue::military, CeilingsValue::police,
                CeilingsValue::civilian);
    }

    private void resolution(String path, Resolution resolution) {
        add(path + ".body", resolution.body());
        add(path + ".number", resolution.number());
        add(path + ".adopted", resolution.adopted());
        add(path + ".session", resolution.session());
        Vote vote = resolution.vote().orElse(null);
        if (vote == null) {
            add(path + ".vote", null);
        } else {
            vote(path + ".vote", vote.yes(), vote.no(), vote.abstain(), codes(vote.against()));
        }
    }

    private void resolution(String path, ResolutionRecord resolution) {
        add(path + ".body", resolution.body());
        add(path + ".number", resolution.number());
        add(path + ".adopted", resolution.adopted());
        add(path + ".session", resolution.session());
        VoteRecord vote = resolution.vote();
        if (vote == null) {
            add(path + ".vote", null);
        } else {
            vote(path + ".vote", vote.yes(), vote.no(), vote.abstain(), vote.against());
        }
    }

    private void resolution(String path, ResolutionValue resolution) {
        add(path + ".body", resolution.body());
        add(path + ".number", resolution.number());
        add(path + ".adopted", resolution.adopted());
        add(path + ".session", resolution.session());
        VoteValue vote = resolution.vote();
        if (vote == null) {
            add(path + ".vote", null);
        } else {
            vote(path + ".vote", vote.yes(), vote.no(), vote.abstain(), vote.against());
        }
    }

    private void vote(String path, int yes, int no, int abstain, List<String> against) {
        add(path + ".yes", yes);
        add(path + ".no", no);
        add(path + ".abstain", abstain);
        list(path + ".against", against, this::add);
    }

    private <C> void ceilings(String path, C ceilings, Function<C, Integer> military, Function<C, Integer> police,
            Function<C, Integer> civilian) {
        if (ceilings == null) {
            add(path, null);
            return;
        }
        add(path + ".military", military.apply(ceilings));
        add(path + ".police", police.apply(ceilings));
        add(path + ".civilian", civilian.apply(ceilings));
    }

    private void component(String path, Component component) {
        add(path + ".type", component.type().typeName());
        if (component instanceof UniformedComponent<?> uniformed) {
            list(path + ".deployments", uniformed.deployments(), this::deployment);
        } else {
            list(path + ".staffing", ((CivilianComponent) component).staffing(), (at, staffing) -> staffing(at,
                    staffing));
        }
    }

    private void component(String path, ComponentRecord component) {
        if (component instanceof MilitaryComponentRecord military) {
            add(path + ".type", "military");
            list(path + ".deployments", military.deployments(), this::deployment);
        } else if (component instanceof PoliceComponentRecord police) {
            add(path + ".type", "police");
            list(path + ".deployments", police.deployments(), this::deployment);
        } else {
            add(path + ".type", "civilian");
            list(path + ".staffing", ((CivilianComponentRecord) component).staffing(), (at, staffing) ->
                    add(at, staffing.date(), staffing.international(), staffing.national(), staffing.volunteers()));
        }
    }

    private void component(String path, ComponentValue component) {
        if (component instanceof MilitaryComponentValue military) {
            add(path + ".type", "military");
            list(path + ".deployments", military.deployments(), this::deployment);
        } else if (component instanceof PoliceComponentValue police) {
            add(path + ".type", "police");
            list(path + ".deployments", police.deployments(), this::deployment);
        } else {
            add(path + ".type", "civilian");
            list(path + ".staffing", ((CivilianComponentValue) component).staffing(), (at, staffing) ->
                    add(at, staffing.date(), staffing.international(), staffing.national(), staffing.volunteers()));
        }
    }

    private void staffing(String path, CivilianStaffing staffing) {
        add(path, staffing.date(), staffing.international(), staffing.national(), staffing.volunteers());
    }

    private void add(String path, Object date, int international, int national, int volunteers) {
        add(path + ".date", date);
        add(path + ".international", international);
        add(path + ".national", national);
        add(path + ".volunteers", volunteers);
    }

    private void deployment(String path, Deployment<?> deployment) {
        deployment(path, deployment.contributor().code(), deployment.category().name(), deployment.date(),
                deployment.total(), value(deployment.female()));
    }

    private void deployment(String path, DeploymentRecord deployment) {
        deployment(path, deployment.contributor(), deployment.category(), deployment.date(), deployment.total(),
                deployment.female());
    }

    private void deployment(String path, DeploymentValue deployment) {
        deployment(path, deployment.contributor(), deployment.category(), deployment.date(), deployment.total(),
                deployment.female());
    }

    private void deployment(String path, String contributor, String category, Object date, int total,
            Integer female) {
        String prefix = path.isEmpty() ? "" : path + ".";
        add(prefix + "contributor", contributor);
        add(prefix + "category", category);
        add(prefix + "date", date);
        add(prefix + "total", total);
        add(prefix + "female", female);
    }

    private void appointment(String path, Appointment appointment) {
        appointment(path, appointment.role(), appointment.name(), appointment.nationality().code(),
                appointment.start(), appointment.end().orElse(null), appointment.acting());
    }

    private void appointment(String path, AppointmentRecord appointment) {
        appointment(path, appointment.role(), appointment.name(), appointment.nationality(), appointment.start(),
                appointment.end(), Boolean.TRUE.equals(appointment.acting()));
    }

    private void appointment(String path, AppointmentValue appointment) {
        appointment(path, appointment.role(), appointment.name(), appointment.nationality(), appointment.start(),
                appointment.end(), Boolean.TRUE.equals(appointment.acting()));
    }

    private void appointment(String path, Object role, String name, String nationality, Object start, Object end,
            boolean acting) {
        add(path + ".role", role);
        add(path + ".name", name);
        add(path + ".nationality", nationality);
        add(path + ".start", start);
        add(path + ".end", end);
        add(path + ".acting", acting);
    }

    private <T> void list(String path, List<T> list, BiConsumer<String, T> element) {
        List<T> elements = list == null ? List.of() : list;
        add(path + ".size", elements.size());
        for (int i = 0; i < elements.size(); i++) {
            element.accept(path + "[" + i + "]", elements.get(i));
        }
    }

    private void add(String path, Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        values.add(path + "=" + (plain instanceof Enum<?> constant ? constant.name() : plain));
    }

    private static Integer value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static List<String> codes(List<CountryCode> countries) {
        List<String> codes = new ArrayList<>(countries.size());
        for (CountryCode country : countries) {
            codes.add(country.code());
        }
        return codes;
    }
}
