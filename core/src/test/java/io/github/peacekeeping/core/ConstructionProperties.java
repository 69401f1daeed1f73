package io.github.peacekeeping.core;

import static io.github.peacekeeping.core.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.peacekeeping.core.testing.ModelArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Construction from arbitrary field values, as scraped data would give them: it either succeeds with an
 * object that keeps its invariants, or throws the library's documented exception, never another type.
 *
 * <p>Each property draws its fields from the generators below (text, counts and days that mix random
 * values, nulls and the values most likely to trip a rule) and builds a record of them, which
 * QuickTheories prints, shrunk, when the property fails.
 */
class ConstructionProperties {

    private static final Gen<String> TEXT = Generate.oneOf(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30),
            Generate.constant((String) null),
            arbitrary().pick("", " ", "\t", "UNAMIR", " UNAMIR", "UNEF I", "RWA", "rwa", "XKX", "SUN", "XYZ",
                    "S/RES/872 (1993)", "S/RES/872(1993)", "A/RES/1000 (ES-I)", "A/RES/78/123", "S/RES/0 (1993)",
                    "1993-10-05/..", "1993-10-05/1996-03-08", "1996-03-08/1993-10-05", "Troops", "TROOPS",
                    "prociv", "ch7", "ES-I", "XVII", "first"));

    private static final Gen<Integer> COUNT = Generate.oneOf(integers().all(), integers().between(-3, 20),
            arbitrary().pick(Integer.MIN_VALUE, Integer.MAX_VALUE));

    private static final Gen<LocalDate> DAY = Generate.oneOf(ModelArbitraries.days(), Generate.constant((LocalDate) null),
            arbitrary().pick(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1966, 1, 1)));

    private static final Gen<List<String>> CODES = lists().of(TEXT).ofSizeBetween(0, 4);

    private static final Gen<Boolean> FLAG = booleans().all();

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

    @Test
    void parsersAcceptOrRefuseWithTheDocumentedException() {
        qt(500).forAll(TEXT).checkAssert(ConstructionProperties::parsersAcceptOrRefuse);
    }

    private static void parsersAcceptOrRefuse(String text) {
        buildOrRefuse(() -> CountryCode.of(text));
        buildOrRefuse(() -> ResolutionSymbol.parse(text));
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

    /** The fields of a deployment, as scraped data would give them. */
    private record DeploymentFields(String contributor, LocalDate date, int total, int female, boolean withFemale) {
    }

    @Test
    void deployments() {
        Gen<DeploymentFields> fields = in -> new DeploymentFields(TEXT.generate(in), DAY.generate(in),
                COUNT.generate(in), COUNT.generate(in), FLAG.generate(in));
        qt(500).forAll(fields).checkAssert(f -> {
            Deployment<MilitaryCategory> deployment = buildOrRefuse(() -> Deployment.<MilitaryCategory>builder()
                    .contributor(CountryCode.of(f.contributor())).category(MilitaryCategory.TROOPS).date(f.date())
                    .total(f.total()).female(f.withFemale() ? OptionalInt.of(f.female()) : OptionalInt.empty()).build());
            if (deployment != null) {
                assertThat(deployment.total()).isNotNegative();
                deployment.female().ifPresent(female -> assertThat(female).isBetween(0, deployment.total()));
            }
        });
    }

    /** The fields of a vote and of its resolution. */
    private record ResolutionFields(int yes, int no, int abstain, List<String> against, int number, LocalDate adopted,
            String session, boolean council) {
    }

    @Test
    void votesAndResolutions() {
        Gen<ResolutionFields> fields = in -> new ResolutionFields(COUNT.generate(in), COUNT.generate(in),
                COUNT.generate(in), CODES.generate(in), COUNT.generate(in), DAY.generate(in), TEXT.generate(in),
                FLAG.generate(in));
        qt(500).forAll(fields).checkAssert(f -> {
            Vote vote = buildOrRefuse(() -> {
                Vote.Builder builder = Vote.builder().yes(f.yes()).no(f.no()).abstain(f.abstain());
                f.against().forEach(code -> builder.addAgainst(CountryCode.of(code)));
                return builder.build();
            });
            if (vote != null) {
                assertThat(List.of(vote.yes(), vote.no(), vote.abstain())).allSatisfy(c -> assertThat(c).isNotNegative());
                assertThat(vote.against().size()).isLessThanOrEqualTo(vote.no());
                assertThat((long) vote.total()).isEqualTo((long) vote.yes() + vote.no() + vote.abstain());
            }
            Resolution resolution = buildOrRefuse(() -> Resolution.builder()
                    .body(f.council() ? AuthorizingBody.SECURITY_COUNCIL : AuthorizingBody.GENERAL_ASSEMBLY)
                    .number(f.number()).adopted(f.adopted()).session(f.session()).vote(vote).build());
            if (resolution != null) {
                assertThat(resolution.number()).isPositive();
                assertThat(resolution.symbol().toString()).startsWith(f.council() ? "S/RES/" : "A/RES/");
            }
        });
    }

    /** The fields of a decision. */
    private record MandateFields(LocalDate effective, LocalDate expires, List<MandateAction> actions,
            List<MandateTask> tasks, boolean withTasks, int militaryCeiling) {
    }

    @Test
    void mandates() {
        // Lists that may be empty or repeat a value, both of which construction refuses for the actions.
        Gen<List<MandateAction>> actions = lists().of(arbitrary().enumValues(MandateAction.class)).ofSizeBetween(0, 8);
        Gen<List<MandateTask>> tasks = lists().of(arbitrary().enumValues(MandateTask.class)).ofSizeBetween(0, 8);
        Gen<MandateFields> fields = in -> new MandateFields(DAY.generate(in), DAY.generate(in), actions.generate(in),
                tasks.generate(in), FLAG.generate(in), COUNT.generate(in));
        qt(500).forAll(fields).checkAssert(f -> {
            Mandate mandate = buildOrRefuse(() -> Mandate.builder()
                    .resolution(Unamir.mandates().get(0).resolution()).actions(f.actions()).effective(f.effective())
                    .expires(f.expires()).chapterVII(false).tasks(f.withTasks() ? f.tasks() : null)
                    .ceilings(Ceilings.builder().military(f.militaryCeiling()).build()).build());
            if (mandate != null) {
                assertThat(mandate.actions()).isNotEmpty().doesNotHaveDuplicates();
                mandate.expires().ifPresent(e -> assertThat(e).isAfterOrEqualTo(mandate.effective()));
                mandate.tasks().ifPresent(t -> assertThat(t).doesNotHaveDuplicates());
            }
        });
    }

    /** The fields of a mission. */
    private record MissionFields(String acronym, String name, List<String> hosts, LocalDate established,
            LocalDate closed, boolean withMandates, boolean twoMilitaryComponents) {
    }

    @Test
    void missions() {
        Gen<MissionFields> fields = in -> new MissionFields(TEXT.generate(in), TEXT.generate(in), CODES.generate(in),
                DAY.generate(in), DAY.generate(in), FLAG.generate(in), FLAG.generate(in));
        qt(500).forAll(fields).checkAssert(f -> {
            Mission mission = buildOrRefuse(() -> {
                Mission.Builder builder = Mission.builder().acronym(f.acronym()).name(f.name()).region(Region.EUROPE)
                        .established(f.established()).closed(f.closed());
                f.hosts().forEach(code -> builder.addHost(CountryCode.of(code)));
                if (f.withMandates()) {
                    builder.addAllMandates(Unamir.mandates());
                }
                builder.addComponent(MilitaryComponent.of(List.of()));
                if (f.twoMilitaryComponents()) {
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
        });
    }

    /** The fields of an appointment and of a staffing report. */
    private record AppointmentFields(String name, String nationality, LocalDate start, LocalDate end,
            int international, int national, int volunteers) {
    }

    @Test
    void appointmentsAndStaffing() {
        Gen<AppointmentFields> fields = in -> new AppointmentFields(TEXT.generate(in), TEXT.generate(in),
                DAY.generate(in), DAY.generate(in), COUNT.generate(in), COUNT.generate(in), COUNT.generate(in));
        qt(300).forAll(fields).checkAssert(f -> {
            Appointment appointment = buildOrRefuse(() -> Appointment.builder().role(LeadershipRole.HEAD_OF_MISSION)
                    .name(f.name()).nationality(CountryCode.of(f.nationality())).start(f.start()).end(f.end()).build());
            if (appointment != null) {
                appointment.end().ifPresent(e -> assertThat(e.latest()).isAfterOrEqualTo(appointment.start().earliest()));
            }
            CivilianStaffing staffing = buildOrRefuse(
                    () -> CivilianStaffing.of(f.start(), f.international(), f.national(), f.volunteers()));
            if (staffing != null) {
                assertThat(staffing.total()).isNotNegative();
            }
        });
    }
}
