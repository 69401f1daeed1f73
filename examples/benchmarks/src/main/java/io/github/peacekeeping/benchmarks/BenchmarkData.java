package io.github.peacekeeping.benchmarks;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.ContributionRecord;
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
import io.github.peacekeeping.json.ContributionRecordWriter;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmarks' input, made from a seed so that every run reads, writes and validates the same data.
 * The shapes are those of real missions: a mission has {@value #MANDATES} Security Council decisions
 * (an ESTABLISH and its renewals, each period following the last, with tasks, ceilings and a vote that
 * adopts it), a military, a police and a civilian component with {@value #DEPLOYMENTS} deployments in all
 * (troops, staff officers and experts from five contributors, police from three, over several month ends,
 * with the split by sex from 2009), and {@value #APPOINTMENTS} appointments. Countries are real ISO codes,
 * dates fall between 1990 and 2016 and month ends are the UN's reporting days. Every mission builds, and
 * validates with no finding, so the validator's time is that of a clean record.
 */
public final class BenchmarkData {

    /** The seed of every benchmark's data. */
    public static final long SEED = 1948L;
    /** Decisions per mission. */
    public static final int MANDATES = 10;
    /** Deployments per mission, military and police together. */
    public static final int DEPLOYMENTS = 50;
    /** Appointments per mission. */
    public static final int APPOINTMENTS = 5;
    /** Deployments of the one large mission of {@link #largeMission(int)} in the benchmarks. */
    public static final int LARGE_MISSION_DEPLOYMENTS = 100_000;

    private static final int MILITARY_MONTHS = 7;
    private static final int MILITARY_CONTRIBUTORS = 5;
    private static final int POLICE_MONTHS = 5;
    private static final int POLICE_CONTRIBUTORS = 3;
    private static final int STAFFING_REPORTS = 6;
    private static final LocalDate SPLIT_BY_SEX = LocalDate.of(2009, 1, 1);

    /** Hosts of real missions, with their region. */
    private static final String[][] HOSTS = {
        {"COD", "AFRICA"}, {"SSD", "AFRICA"}, {"MLI", "AFRICA"}, {"CAF", "AFRICA"}, {"LBR", "AFRICA"},
        {"SLE", "AFRICA"}, {"CIV", "AFRICA"}, {"SDN", "AFRICA"}, {"SOM", "AFRICA"}, {"RWA", "AFRICA"},
        {"AGO", "AFRICA"}, {"MOZ", "AFRICA"}, {"ERI", "AFRICA"}, {"ETH", "AFRICA"}, {"BDI", "AFRICA"},
        {"HTI", "AMERICAS"}, {"SLV", "AMERICAS"}, {"GTM", "AMERICAS"}, {"TLS", "ASIA_PACIFIC"},
        {"KHM", "ASIA_PACIFIC"}, {"CYP", "EUROPE"}, {"BIH", "EUROPE"}, {"HRV", "EUROPE"}, {"XKX", "EUROPE"},
        {"GEO", "EUROPE"}, {"LBN", "MIDDLE_EAST"}, {"SYR", "MIDDLE_EAST"}, {"IRQ", "MIDDLE_EAST"},
        {"ISR", "MIDDLE_EAST"}, {"ESH", "AFRICA"},
    };
    /** Countries that contribute uniformed personnel, most of them among the largest contributors. */
    private static final List<CountryCode> CONTRIBUTORS = codes("BGD", "PAK", "IND", "NPL", "RWA", "ETH", "GHA",
            "NGA", "SEN", "EGY", "IDN", "CHN", "FRA", "ITA", "URY", "BRA", "JOR", "MAR", "TZA", "ZAF", "KEN",
            "MYS", "TUR", "IRL", "FJI", "ZMB", "MWI", "TGO", "BEN", "NER", "BFA", "TCD", "CMR", "GIN", "MNG",
            "KOR", "ESP", "DEU", "NLD", "SWE", "NOR", "FIN", "POL", "UKR", "ARG", "CHL", "PER", "GTM", "LKA",
            "THA");
    private static final String[] ACRONYMS = {"UNAMIR", "UNMIL", "MONUSCO", "UNMISS", "MINUSMA", "MINUSCA",
        "UNIFIL", "UNFICYP", "UNAMSIL", "UNOCI", "UNAMID", "UNMIK", "MINUSTAH", "UNTAET", "UNAVEM III",
        "ONUMOZ", "UNPROFOR", "UNOMIG", "UNMEE", "MINURSO"};
    private static final String[] GIVEN = {"Roméo", "Jacques-Roger", "Hiroute", "Babacar", "Carlos Alberto",
        "Ellen", "Martin", "Leila", "Jean-Marie", "Mahamat", "Bintou", "Alan", "Ameerah", "Ahmed", "Kristin"};
    private static final String[] FAMILY = {"Dallaire", "Booh Booh", "Guebre Sellassie", "Gaye", "dos Santos Cruz",
        "Løj", "Kobler", "Zerrougui", "Guéhenno", "Saleh Annadif", "Keita", "Doss", "Haq", "Ould-Abdallah",
        "Lund"};

    private BenchmarkData() {
    }

    /**
     * Makes missions of the realistic shape described above.
     *
     * @param count  how many, not negative
     * @param seed   the seed: the same seed gives equal missions
     * @return the missions, unmodifiable
     */
    public static List<Mission> missions(int count, long seed) {
        Random random = new Random(seed);
        List<Mission> missions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            missions.add(mission(random, i));
        }
        return List.copyOf(missions);
    }

    /**
     * Makes one mission with many deployments: a long operation in a large host country, two hundred
     * contributors' reports at each month end, military and police, as many as given.
     *
     * @param deployments  the number of deployments, a multiple of 500
     * @return the mission, not null
     */
    public static Mission largeMission(int deployments) {
        if (deployments <= 0 || deployments % 500 != 0) {
            throw new IllegalArgumentException("Invalid value for deployments (a positive multiple of 500): "
                    + deployments);
        }
        Random random = new Random(SEED);
        int months = deployments / 500; // 100 contributors: 3 military and 2 police categories each
        LocalDate established = LocalDate.of(2000, 1, 1);
        List<CountryCode> contributors = new ArrayList<>();
        for (CountryCode country : CountryCode.values()) {
            if (country.kind() == CountryCode.Kind.ASSIGNED && contributors.size() < 100) {
                contributors.add(country);
            }
        }
        Mission.Builder mission = Mission.builder()
                .acronym("MONUSCO")
                .name("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo")
                .addHost(CountryCode.of("COD"))
                .region(Region.AFRICA)
                .established(established);
        int years = months / 12 + 2;
        LocalDate effective = established;
        for (int i = 0; i < MANDATES; i++) {
            LocalDate expires = established.plusYears((long) years * (i + 1) / MANDATES).minusDays(1);
            mission.addMandate(mandate(random, 1279 + 25 * i, i == 0, effective, expires, 30_000, 15_000));
            effective = expires.plusDays(1);
        }
        MilitaryComponent.Builder military = MilitaryComponent.builder();
        PoliceComponent.Builder police = PoliceComponent.builder();
        for (int m = 0; m < months; m++) {
            LocalDate date = YearMonth.from(established).plusMonths(m).atEndOfMonth();
            for (CountryCode contributor : contributors) {
                military.addDeployment(deployment(random, contributor, MilitaryCategory.TROOPS, date, 300));
                military.addDeployment(deployment(random, contributor, MilitaryCategory.STAFF_OFFICERS, date, 20));
                military.addDeployment(deployment(random, contributor, MilitaryCategory.EXPERTS_ON_MISSION, date,
                        10));
                police.addDeployment(deployment(random, contributor, PoliceCategory.INDIVIDUAL_POLICE, date, 30));
                police.addDeployment(deployment(random, contributor, PoliceCategory.FORMED_POLICE_UNITS, date,
                        140));
            }
        }
        mission.addComponent(military.build()).addComponent(police.build());
        mission.addAppointment(appointment(random, LeadershipRole.HEAD_OF_MISSION, established, null));
        mission.addAppointment(appointment(random, LeadershipRole.FORCE_COMMANDER, established, null));
        mission.addAppointment(appointment(random, LeadershipRole.POLICE_COMMISSIONER, established, null));
        return mission.build();
    }

    /**
     * Makes flat contribution records: month-end reports of real missions, contributors and categories.
     *
     * @param count  how many, not negative
     * @param seed   the seed: the same seed gives equal records
     * @return the records, unmodifiable
     */
    public static List<ContributionRecord> contributionRecords(int count, long seed) {
        Random random = new Random(seed);
        List<ContributionRecord> records = new ArrayList<>(count);
        List<PersonnelCategory> categories = PersonnelCategory.values();
        LocalDate first = LocalDate.of(1990, 11, 30);
        for (int i = 0; i < count; i++) {
            LocalDate date = YearMonth.from(first).plusMonths(i / 2000).atEndOfMonth();
            PersonnelCategory category = categories.get(random.nextInt(categories.size()));
            CountryCode contributor = CONTRIBUTORS.get(random.nextInt(CONTRIBUTORS.size()));
            records.add(ContributionRecord.of(ACRONYMS[random.nextInt(ACRONYMS.length)],
                    deployment(random, contributor, category, date, 1500)));
        }
        return List.copyOf(records);
    }

    /**
     * Writes each mission as a JSON document with the library's writer: the text that every reader of
     * the benchmarks reads.
     *
     * @param missions  the missions, not null
     * @return each mission's UTF-8 text, in order, unmodifiable
     */
    public static List<byte[]> documents(List<Mission> missions) {
        List<byte[]> documents = new ArrayList<>(missions.size());
        for (Mission mission : missions) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            try {
                PeacekeepingJson.standard().writeMission(mission, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            documents.add(out.toByteArray());
        }
        return List.copyOf(documents);
    }

    /**
     * Writes records as JSON Lines with the library's writer.
     *
     * @param records  the records, not null
     * @return the UTF-8 text, one record a line
     */
    public static byte[] jsonLines(List<ContributionRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(records.size() * 110);
        try (ContributionRecordWriter writer = PeacekeepingJson.standard().recordWriter(out)) {
            for (ContributionRecord record : records) {
                writer.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Mission mission(Random random, int index) {
        String[] host = HOSTS[random.nextInt(HOSTS.length)];
        CountryCode country = CountryCode.of(host[0]);
        LocalDate established = LocalDate.of(1990 + random.nextInt(26), 1 + random.nextInt(12), 1)
                .plusDays(random.nextInt(28));
        Mission.Builder mission = Mission.builder()
                .acronym(ACRONYMS[index % ACRONYMS.length] + " " + (index / ACRONYMS.length + 1))
                .name("United Nations Mission in " + country.name())
                .addHost(country)
                .region(Region.valueOf(host[1]))
                .established(established);

        int militaryCeiling = 5_000 + 500 * random.nextInt(20);
        int policeCeiling = 1_000 + 100 * random.nextInt(20);
        LocalDate effective = established;
        LocalDate expires = null;
        int resolution = 600 + random.nextInt(1800);
        for (int i = 0; i < MANDATES; i++) {
            expires = effective.plusMonths(random.nextBoolean() ? 6 : 12).minusDays(1);
            mission.addMandate(mandate(random, resolution + 7 * i, i == 0, effective, expires,
                    militaryCeiling, policeCeiling));
            effective = expires.plusDays(1);
        }
        if (random.nextBoolean()) {
            mission.closed(expires);
        }

        List<CountryCode> contributors = pick(random, CONTRIBUTORS, MILITARY_CONTRIBUTORS + POLICE_CONTRIBUTORS);
        YearMonth firstReport = YearMonth.from(established).plusMonths(1);
        MilitaryComponent.Builder military = MilitaryComponent.builder();
        for (int m = 0; m < MILITARY_MONTHS; m++) {
            LocalDate date = firstReport.plusMonths(m).atEndOfMonth();
            for (int c = 0; c < MILITARY_CONTRIBUTORS; c++) {
                MilitaryCategory category = c < 3 ? MilitaryCategory.TROOPS
                        : c == 3 ? MilitaryCategory.STAFF_OFFICERS : MilitaryCategory.EXPERTS_ON_MISSION;
                military.addDeployment(deployment(random, contributors.get(c), category, date,
                        category == MilitaryCategory.TROOPS ? 1_500 : 40));
            }
        }
        PoliceComponent.Builder police = PoliceComponent.builder();
        for (int m = 0; m < POLICE_MONTHS; m++) {
            LocalDate date = firstReport.plusMonths(m).atEndOfMonth();
            for (int c = 0; c < POLICE_CONTRIBUTORS; c++) {
                PoliceCategory category = c < 2 ? PoliceCategory.INDIVIDUAL_POLICE : PoliceCategory.FORMED_POLICE_UNITS;
                police.addDeployment(deployment(random, contributors.get(MILITARY_CONTRIBUTORS + c), category, date,
                        category == PoliceCategory.INDIVIDUAL_POLICE ? 200 : 160));
            }
        }
        CivilianComponent.Builder civilian = CivilianComponent.builder();
        for (int m = 0; m < STAFFING_REPORTS; m++) {
            civilian.addStaffing(CivilianStaffing.of(firstReport.plusMonths(m).atEndOfMonth(),
                    200 + random.nextInt(600), 500 + random.nextInt(1500), 50 + random.nextInt(250)));
        }
        mission.addComponent(military.build()).addComponent(police.build()).addComponent(civilian.build());

        LocalDate secondHead = established.plusYears(2);
        mission.addAppointment(appointment(random, LeadershipRole.HEAD_OF_MISSION, established,
                secondHead.minusDays(1)));
        mission.addAppointment(appointment(random, LeadershipRole.HEAD_OF_MISSION, secondHead, null));
        mission.addAppointment(appointment(random, LeadershipRole.FORCE_COMMANDER, established, null));
        mission.addAppointment(appointment(random, LeadershipRole.POLICE_COMMISSIONER, established.plusMonths(1),
                null));
        mission.addAppointment(Appointment.builder().from(appointment(random, LeadershipRole.DEPUTY_HEAD_OF_MISSION,
                established.plusMonths(3), established.plusYears(1))).acting(random.nextBoolean()).build());
        return mission.build();
    }

    private static Mandate mandate(Random random, int number, boolean establish, LocalDate effective,
            LocalDate expires, int militaryCeiling, int policeCeiling) {
        Mandate.Builder mandate = Mandate.builder()
                .resolution(Resolution.builder()
                        .body(AuthorizingBody.SECURITY_COUNCIL)
                        .number(number)
                        .adopted(effective.minusDays(random.nextInt(5)))
                        .vote(random.nextInt(4) == 0 ? Vote.of(13, 0, 2) : Vote.of(15, 0, 0))
                        .build())
                .effective(effective)
                .expires(expires);
        if (establish || random.nextInt(3) == 0) {
            Set<MandateTask> tasks = EnumSet.noneOf(MandateTask.class);
            MandateTask[] all = MandateTask.values();
            for (int t = 4 + random.nextInt(5); t > 0; t--) {
                tasks.add(all[random.nextInt(all.length)]);
            }
            boolean civilians = tasks.stream().anyMatch(t -> t.isWithin(MandateTask.PROTECTION_OF_CIVILIANS));
            mandate.addActions(establish ? MandateAction.ESTABLISH : MandateAction.EXPAND)
                    .tasks(List.copyOf(tasks))
                    .chapterVII(civilians || random.nextBoolean())
                    .ceilings(Ceilings.builder().military(militaryCeiling).police(policeCeiling)
                            .civilian(3_000 + 100 * random.nextInt(20)).build());
            if (!establish) {
                mandate.addActions(MandateAction.EXTEND);
            }
        } else {
            mandate.addActions(MandateAction.EXTEND).chapterVII(random.nextBoolean() && random.nextBoolean());
        }
        return mandate.build();
    }

    private static <C extends PersonnelCategory> Deployment<C> deployment(Random random, CountryCode contributor,
            C category, LocalDate date, int most) {
        int total = 1 + random.nextInt(most);
        return date.isBefore(SPLIT_BY_SEX)
                ? Deployment.of(contributor, category, date, total)
                : Deployment.of(contributor, category, date, total, random.nextInt(total / 10 + 1));
    }

    private static Appointment appointment(Random random, LeadershipRole role, LocalDate start, LocalDate end) {
        return Appointment.builder()
                .role(role)
                .name(GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)])
                .nationality(CONTRIBUTORS.get(random.nextInt(CONTRIBUTORS.size())))
                .start(start)
                .end(end)
                .build();
    }

    private static List<CountryCode> pick(Random random, List<CountryCode> from, int count) {
        List<CountryCode> left = new ArrayList<>(from);
        List<CountryCode> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }

    private static List<CountryCode> codes(String... codes) {
        List<CountryCode> countries = new ArrayList<>(codes.length);
        for (String code : codes) {
            countries.add(CountryCode.of(code));
        }
        return List.copyOf(countries);
    }
}
