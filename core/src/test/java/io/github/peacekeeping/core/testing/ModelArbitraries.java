package io.github.peacekeeping.core.testing;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid model objects, from small values up to whole missions. Missions are
 * generated so that the rules have something to find: decisions sometimes out of the mission's life or
 * out of order, periods with gaps, deployments outside the life or above the ceilings, overlapping
 * appointments. Shared with the json module's property tests (test-jar).
 */
public final class ModelArbitraries {

    /** The first day generated dates may take: the UN Charter entered into force on 24 October 1945. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1945, 10, 24);
    /** The last day generated dates may take. */
    public static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);

    private ModelArbitraries() {
    }

    private static OptionalInt optionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Days from 1945 to 2035. */
    public static Arbitrary<LocalDate> days() {
        long span = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        return Arbitraries.longs().between(0, span).map(FIRST_DAY::plusDays);
    }

    /** Days within {@code range} days after (or, for negative values, before) a day, kept in 1945-2035. */
    public static Arbitrary<LocalDate> daysAround(LocalDate day, int before, int after) {
        return Arbitraries.integers().between(-before, after).map(d -> clamp(day.plusDays(d)));
    }

    private static LocalDate clamp(LocalDate day) {
        return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
    }

    /** Any known country code, former ones included. */
    public static Arbitrary<CountryCode> countries() {
        return Arbitraries.of(CountryCode.values());
    }

    /** Text that construction accepts: not blank, no blanks at the ends, sometimes with inner blanks and non-ASCII letters. */
    public static Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').withChars("éèçñøÅ-'").ofMinLength(1).ofMaxLength(12);
        return word.list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words))
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    /** Votes of the Security Council or General Assembly, with members against where the record names them. */
    public static Arbitrary<Vote> votes() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 20);
        return Combinators.combine(count, Arbitraries.integers().between(0, 4), count, countries().list().uniqueElements().ofMaxSize(4))
                .as((yes, no, abstain, against) -> Vote.builder().yes(yes).no(no).abstain(abstain)
                        .against(against.subList(0, Math.min(no, against.size()))).build());
    }

    /** Resolutions of either body, adopted on a given day or near it, with or without a vote. */
    public static Arbitrary<Resolution> resolutions(LocalDate adopted) {
        Arbitrary<String> sessions = Arbitraries.of("ES-I", "XVII", "XXX", "31", "78", "ES-10", "S-1");
        Arbitrary<AuthorizingBody> bodies = Arbitraries.of(AuthorizingBody.class);
        return Combinators.combine(bodies, Arbitraries.integers().between(1, 9999), sessions, votes().optional())
                .as((body, number, session, vote) -> Resolution.builder().body(body).number(number).adopted(adopted)
                        .session(body == AuthorizingBody.GENERAL_ASSEMBLY ? session : null).vote(vote).build());
    }

    /** Ceilings with some components set. */
    public static Arbitrary<Ceilings> ceilings() {
        Arbitrary<Integer> ceiling = Arbitraries.integers().between(0, 20_000);
        return Combinators.combine(ceiling.optional(), ceiling.optional(), ceiling.optional())
                .as((military, police, civilian) -> Ceilings.builder().military(optionalInt(military))
                        .police(optionalInt(police)).civilian(optionalInt(civilian)).build());
    }

    /** One decision taking effect on a day, sometimes setting a period, tasks and ceilings. */
    public static Arbitrary<Mandate> decisions(LocalDate effective) {
        Arbitrary<List<MandateAction>> actions = Arbitraries.of(MandateAction.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
        Arbitrary<LocalDate> expires = Arbitraries.integers().between(0, 400).map(d -> clamp(effective.plusDays(d)));
        Arbitrary<List<MandateTask>> tasks = Arbitraries.of(MandateTask.class).list().uniqueElements().ofMaxSize(6);
        return Combinators.combine(resolutions(effective), actions, expires.optional(0.6), Arbitraries.of(true, false),
                        tasks.optional(0.5), ceilings().optional(0.5))
                .as((resolution, acts, expiry, chapterVII, taskList, ceiling) -> Mandate.builder().resolution(resolution)
                        .actions(acts).effective(effective).expires(expiry.orElse(null)).chapterVII(chapterVII)
                        .tasks(taskList.orElse(null)).ceilings(ceiling.orElse(null)).build());
    }

    /** A mission's decisions from its first day: mostly in order, usually starting with ESTABLISH. */
    public static Arbitrary<List<Mandate>> decisionHistories(LocalDate established) {
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(-30, 400).list().ofMinSize(1).ofMaxSize(8);
        return gaps.flatMap(steps -> {
            List<Arbitrary<Mandate>> decisions = new ArrayList<>();
            LocalDate day = established;
            for (int i = 0; i < steps.size(); i++) {
                day = clamp(i == 0 ? day.plusDays(Math.max(-3, Math.min(3, steps.get(i)))) : day.plusDays(steps.get(i)));
                Arbitrary<Mandate> decision = decisions(day);
                if (i == 0) {
                    LocalDate first = day;
                    decision = Arbitraries.frequencyOf(
                            net.jqwik.api.Tuple.of(9, decisions(first).map(ModelArbitraries::establishing)),
                            net.jqwik.api.Tuple.of(1, decisions(first)));
                }
                decisions.add(decision);
            }
            return Combinators.combine(decisions).as(ArrayList::new);
        });
    }

    private static Mandate establishing(Mandate decision) {
        List<MandateAction> actions = new ArrayList<>(decision.actions());
        actions.remove(MandateAction.ESTABLISH);
        actions.add(0, MandateAction.ESTABLISH);
        return Mandate.builder().from(decision).actions(actions).build();
    }

    /** Deployments of one component's categories on month ends around a mission's life. */
    public static <C extends PersonnelCategory> Arbitrary<List<Deployment<C>>> deployments(
            List<C> categories, LocalDate from, int months) {
        Arbitrary<LocalDate> monthEnds = Arbitraries.integers().between(-1, months + 1)
                .map(m -> clamp(from.plusMonths(m).withDayOfMonth(1).plusMonths(1).minusDays(1)));
        Arbitrary<Deployment<C>> deployment = Combinators.combine(countries(), Arbitraries.of(categories), monthEnds,
                        Arbitraries.integers().between(0, 3000), Arbitraries.doubles().between(0, 1).optional(0.7))
                .as((country, category, date, total, share) -> Deployment.<C>builder().contributor(country)
                        .category(category).date(date).total(total)
                        .female(optionalInt(share.map(s -> (int) Math.floor(s * total)))).build());
        return deployment.list().ofMaxSize(30);
    }

    /** Appointments to any role starting around a mission's life. */
    public static Arbitrary<List<Appointment>> leadership(LocalDate established, int days) {
        Arbitrary<Appointment> appointment = Combinators.combine(Arbitraries.of(LeadershipRole.class), names(), countries(),
                        daysAround(established, 30, days), Arbitraries.integers().between(0, 1500).optional(0.4),
                        Arbitraries.of(true, false))
                .as((role, name, nationality, start, length, acting) -> Appointment.builder().role(role).name(name)
                        .nationality(nationality).start(start).end(length.map(l -> clamp(start.plusDays(l))).orElse(null))
                        .acting(acting).build());
        return appointment.list().ofMaxSize(6);
    }

    /** Whole missions: valid to construct, not always valid to the validators. */
    public static Arbitrary<Mission> missions() {
        Arbitrary<LocalDate> established = Arbitraries.longs()
                .between(0, LocalDate.of(2025, 12, 31).toEpochDay() - LocalDate.of(1948, 1, 1).toEpochDay())
                .map(LocalDate.of(1948, 1, 1)::plusDays);
        return established.flatMap(start -> {
            Arbitrary<LocalDate> closed = Arbitraries.integers().between(0, 4000).map(d -> clamp(start.plusDays(d)));
            Arbitrary<List<CountryCode>> hosts = countries().list().uniqueElements().ofMinSize(1).ofMaxSize(3);
            Arbitrary<List<Component>> components = Combinators.combine(
                            deployments(List.of(MilitaryCategory.values()), start, 60).optional(0.8),
                            deployments(List.of(PoliceCategory.values()), start, 60).optional(0.6),
                            civilianStaffing(start).optional(0.4))
                    .as((military, police, civilian) -> {
                        List<Component> list = new ArrayList<>();
                        military.ifPresent(d -> list.add(MilitaryComponent.of(d)));
                        police.ifPresent(d -> list.add(PoliceComponent.of(d)));
                        civilian.ifPresent(s -> list.add(CivilianComponent.of(s)));
                        return list;
                    });
            return Combinators.combine(names(), names(), hosts, Arbitraries.of(Region.class), closed.optional(0.6),
                            decisionHistories(start), components, leadership(start, 2000))
                    .as((acronym, name, hostList, region, closing, mandates, componentList, leaders) -> Mission.builder()
                            .acronym(acronym).name(name).hosts(hostList).region(region).established(start)
                            .closed(closing.orElse(null)).mandates(mandates).components(componentList)
                            .leadership(leaders).build());
        });
    }

    /** Civilian staffing reports on month ends. */
    public static Arbitrary<List<CivilianStaffing>> civilianStaffing(LocalDate from) {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 2000);
        Arbitrary<CivilianStaffing> staffing = Combinators.combine(
                        Arbitraries.integers().between(0, 60).map(m -> clamp(from.plusMonths(m))), count, count, count)
                .as(CivilianStaffing::of);
        return staffing.list().ofMaxSize(8);
    }
}
