package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peacekeeping.core.testing.ModelArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Construction from arbitrary field values, as scraped data would give them: it either succeeds with an
 * object that keeps its invariants, or throws the library's documented exception, never another type.
 */
class ConstructionProperties {

    /** Runs a construction; returns the object, or null when it was refused with PeacekeepingException. */
    private static <T> T buildOrRefuse(java.util.function.Supplier<T> construction) {
        try {
            T value = construction.get();
            assertThat(value).isNotNull();
            return value;
        } catch (PeacekeepingException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.field()).isNotNull();
            return null;
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.just(null),
                Arbitraries.of("", " ", "\t", "UNAMIR", " UNAMIR", "UNEF I", "RWA", "rwa", "XKX", "SUN", "XYZ",
                        "S/RES/872 (1993)", "S/RES/872(1993)", "A/RES/1000 (ES-I)", "A/RES/78/123", "S/RES/0 (1993)",
                        "1993-10-05/..", "1993-10-05/1996-03-08", "1996-03-08/1993-10-05", "Troops", "TROOPS",
                        "prociv", "ch7", "ES-I", "XVII", "first"));
    }

    @Provide
    Arbitrary<Integer> count() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-3, 20),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<LocalDate> day() {
        return Arbitraries.oneOf(ModelArbitraries.days(), Arbitraries.just(null),
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1966, 1, 1)));
    }

    @Provide
    Arbitrary<List<String>> codes() {
        return text().list().ofMaxSize(4);
    }

    @Property(tries = 500)
    void parsersAcceptOrRefuseWithTheDocumentedException(@ForAll("text") String text) {
        buildOrRefuse(() -> CountryCode.of(text));
        buildOrRefuse(() -> Resolution.parse(text));
        buildOrRefuse(() -> DateRange.parse(text));
        buildOrRefuse(() -> PersonnelCategory.fromUnLabel(text));
        buildOrRefuse(() -> PersonnelCategory.valueOf(text));
        buildOrRefuse(() -> MandateTask.fromTammVariable(text));
        CountryCode country = buildOrRefuse(() -> CountryCode.of(text));
        if (country != null) {
            assertThat(CountryCode.of(country.toString())).isSameAs(country);
        }
        DateRange range = buildOrRefuse(() -> DateRange.parse(text));
        if (range != null) {
            assertThat(DateRange.parse(range.toString())).isEqualTo(range);
        }
    }

    @Property(tries = 500)
    void deployments(@ForAll("text") String contributor, @ForAll("day") LocalDate date, @ForAll("count") int total,
            @ForAll("count") int female, @ForAll boolean withFemale) {
        Deployment<MilitaryCategory> deployment = buildOrRefuse(() -> Deployment.<MilitaryCategory>builder()
                .contributor(CountryCode.of(contributor)).category(MilitaryCategory.TROOPS).date(date).total(total)
                .female(withFemale ? OptionalInt.of(female) : OptionalInt.empty()).build());
        if (deployment != null) {
            assertThat(deployment.total()).isNotNegative();
            deployment.female().ifPresent(f -> assertThat(f).isBetween(0, deployment.total()));
        }
    }

    @Property(tries = 500)
    void votesAndResolutions(@ForAll("count") int yes, @ForAll("count") int no, @ForAll("count") int abstain,
            @ForAll("codes") List<String> against, @ForAll("count") int number, @ForAll("day") LocalDate adopted,
            @ForAll("text") String session, @ForAll boolean council) {
        Vote vote = buildOrRefuse(() -> {
            Vote.Builder builder = Vote.builder().yes(yes).no(no).abstain(abstain);
            against.forEach(code -> builder.addAgainst(CountryCode.of(code)));
            return builder.build();
        });
        if (vote != null) {
            assertThat(List.of(vote.yes(), vote.no(), vote.abstain())).allSatisfy(c -> assertThat(c).isNotNegative());
            assertThat(vote.against().size()).isLessThanOrEqualTo(vote.no());
            assertThat((long) vote.total()).isEqualTo((long) vote.yes() + vote.no() + vote.abstain());
        }
        Resolution resolution = buildOrRefuse(() -> Resolution.builder()
                .body(council ? AuthorizingBody.SECURITY_COUNCIL : AuthorizingBody.GENERAL_ASSEMBLY)
                .number(number).adopted(adopted).session(session).vote(vote).build());
        if (resolution != null) {
            assertThat(resolution.number()).isPositive();
            assertThat(resolution.symbol()).startsWith(council ? "S/RES/" : "A/RES/");
        }
    }

    @Property(tries = 500)
    void mandates(@ForAll("day") LocalDate effective, @ForAll("day") LocalDate expires,
            @ForAll List<MandateAction> actions, @ForAll List<MandateTask> tasks, @ForAll boolean withTasks,
            @ForAll("count") int militaryCeiling) {
        Mandate mandate = buildOrRefuse(() -> Mandate.builder()
                .resolution(Unamir.mandates().get(0).resolution()).actions(actions).effective(effective)
                .expires(expires).chapterVII(false).tasks(withTasks ? tasks : null)
                .ceilings(Ceilings.builder().military(militaryCeiling).build()).build());
        if (mandate != null) {
            assertThat(mandate.actions()).isNotEmpty().doesNotHaveDuplicates();
            mandate.expires().ifPresent(e -> assertThat(e).isAfterOrEqualTo(mandate.effective()));
            mandate.tasks().ifPresent(t -> assertThat(t).doesNotHaveDuplicates());
        }
    }

    @Property(tries = 500)
    void missions(@ForAll("text") String acronym, @ForAll("text") String name, @ForAll("codes") List<String> hosts,
            @ForAll("day") LocalDate established, @ForAll("day") LocalDate closed, @ForAll boolean withMandates,
            @ForAll boolean twoMilitaryComponents) {
        Mission mission = buildOrRefuse(() -> {
            Mission.Builder builder = Mission.builder().acronym(acronym).name(name).region(Region.EUROPE)
                    .established(established).closed(closed);
            hosts.forEach(code -> builder.addHost(CountryCode.of(code)));
            if (withMandates) {
                builder.addAllMandates(Unamir.mandates());
            }
            builder.addComponent(MilitaryComponent.of(List.of()));
            if (twoMilitaryComponents) {
                builder.addComponent(MilitaryComponent.of(List.of()));
            }
            return builder.build();
        });
        if (mission != null) {
            assertThat(mission.acronym()).isNotBlank().isEqualTo(mission.acronym().strip());
            assertThat(mission.hosts()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(mission.mandates()).isNotEmpty();
            assertThat(mission.components()).hasSize(1);
            mission.closed().ifPresent(c -> assertThat(c.latest()).isAfterOrEqualTo(mission.established().earliest()));
        }
    }

    @Property(tries = 300)
    void appointmentsAndStaffing(@ForAll("text") String name, @ForAll("text") String nationality,
            @ForAll("day") LocalDate start, @ForAll("day") LocalDate end, @ForAll("count") int international,
            @ForAll("count") int national, @ForAll("count") int volunteers) {
        Appointment appointment = buildOrRefuse(() -> Appointment.builder().role(LeadershipRole.HEAD_OF_MISSION)
                .name(name).nationality(CountryCode.of(nationality)).start(start).end(end).build());
        if (appointment != null) {
            appointment.end().ifPresent(e -> assertThat(e.latest()).isAfterOrEqualTo(appointment.start().earliest()));
        }
        CivilianStaffing staffing = buildOrRefuse(() -> CivilianStaffing.of(start, international, national, volunteers));
        if (staffing != null) {
            assertThat(staffing.total()).isNotNegative();
        }
    }
}
