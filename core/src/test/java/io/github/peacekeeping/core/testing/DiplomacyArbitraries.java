package io.github.peacekeeping.core.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.actor.Group;
import io.github.peacekeeping.core.actor.Organization;
import io.github.peacekeeping.core.actor.State;
import io.github.peacekeeping.core.agreement.AgreementKind;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.ParticipantRole;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.partner.PartnershipKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of a mission's diplomacy and resources: its agreements (with participants of every
 * kind of actor, forces led by forces among them) and the decisions that support them, its partnerships, links,
 * aliases and appropriations. Their dates fall sometimes outside the mission's life or before the decisions that
 * support them, so that rules PK122 to PK124 have something to find. {@link ModelArbitraries#missions()} adds
 * them to every mission it makes.
 */
public final class DiplomacyArbitraries {

    private DiplomacyArbitraries() {
    }

    /** Actors of every kind; a force is led by up to two actors, forces among them down to {@code depth}. */
    public static Gen<Actor> actors(int depth) {
        Gen<Integer> kinds = integers().between(0, depth > 0 ? 3 : 2);
        return in -> {
            switch (kinds.generate(in)) {
                case 0:
                    return State.of(ModelArbitraries.countries().generate(in));
                case 1:
                    return arbitrary().enumValues(Organization.class).generate(in);
                case 2:
                    return Group.of(ModelArbitraries.names().generate(in));
                default:
                    Force.Builder force = Force.builder().name(ModelArbitraries.names().generate(in));
                    if (integers().between(0, 1).generate(in) == 1) {
                        force.acronym(ModelArbitraries.names().generate(in));
                    }
                    force.ledBy(distinct(actors(depth - 1), 0, 2, in));
                    return force.build();
            }
        };
    }

    /** Agreements and proposals signed around a day, with a party or a proposer and up to three others. */
    public static Gen<PeaceAgreement> agreements(String name, LocalDate around) {
        return in -> {
            AgreementKind kind = arbitrary().enumValues(AgreementKind.class).generate(in);
            List<Participant> participants = new ArrayList<>();
            participants.add(Participant.of(actors(2).generate(in),
                    kind == AgreementKind.AGREEMENT ? ParticipantRole.PARTY : ParticipantRole.PROPOSER));
            for (int i = integers().between(0, 3).generate(in); i > 0; i--) {
                ParticipantRole role = arbitrary().enumValues(ParticipantRole.class).generate(in);
                Participant participant = integers().between(0, 1).generate(in) == 0
                        ? Participant.of(actors(2).generate(in), role)
                        : Participant.of(actors(2).generate(in), role, ModelArbitraries.names().generate(in));
                if (!participants.contains(participant)) {
                    participants.add(participant);
                }
            }
            PeaceAgreement.Builder agreement = PeaceAgreement.builder().name(name).kind(kind)
                    .date(ModelArbitraries.daysAround(around, 400, 200).generate(in)).participants(participants);
            if (integers().between(0, 1).generate(in) == 1) {
                agreement.title(ModelArbitraries.names().generate(in)).place(ModelArbitraries.names().generate(in))
                        .document("S/" + integers().between(1, 99_999).generate(in))
                        .paxId(integers().between(1, 3000).generate(in));
            }
            return agreement.build();
        };
    }

    /** Partnerships of every kind, dated around a day or not at all. */
    public static Gen<Partnership> partnerships(LocalDate around) {
        return in -> {
            PartnershipKind kind = arbitrary().enumValues(PartnershipKind.class).generate(in);
            Partnership.Builder partnership = Partnership.builder().kind(kind).partner(kind == PartnershipKind.JOINT_AUTHORITY
                    ? arbitrary().enumValues(Organization.class).generate(in) : actors(2).generate(in));
            if (integers().between(0, 3).generate(in) > 0) {
                LocalDate day = ModelArbitraries.daysAround(around, 400, 4000).generate(in);
                partnership.date(day).resolution(ModelArbitraries.resolutions(day).generate(in));
            }
            if (kind == PartnershipKind.JOINT_AUTHORITY) {
                partnership.jointRoles(ModelArbitraries.distinctLists(List.of(LeadershipRole.values()), 0, 2).generate(in));
            }
            return partnership.build();
        };
    }

    /** Appropriations for periods around a day, whole dollars or with cents, sometimes with their resolution. */
    public static Gen<Appropriation> appropriations(LocalDate around) {
        return in -> {
            LocalDate first = ModelArbitraries.daysAround(around, 800, 4000).generate(in);
            LocalDate last = first.plusDays(integers().between(0, 364).generate(in));
            Appropriation.Builder appropriation = Appropriation.builder().period(DateRange.of(first, last))
                    .amount(UsdAmount.of(BigDecimal.valueOf(longs().between(0, 1_000_000_000_000L).generate(in), 2)))
                    .funding(arbitrary().enumValues(Funding.class).generate(in));
            if (integers().between(0, 1).generate(in) == 1) {
                appropriation.resolution(Resolution.builder().body(AuthorizingBody.GENERAL_ASSEMBLY)
                        .number(integers().between(1, 999).generate(in)).session("78").adopted(first).build());
            }
            return appropriation.build();
        };
    }

    /** The mission with agreements that some of its decisions support, partnerships, links, aliases and budgets. */
    public static Gen<Mission> withDiplomacy(Mission mission) {
        LocalDate start = mission.established().earliest();
        return in -> {
            List<PeaceAgreement> agreements = new ArrayList<>();
            for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
                agreements.add(agreements("Agreement " + i, start).generate(in));
            }
            List<String> names = agreements.stream().map(PeaceAgreement::name).toList();
            List<Mandate> decisions = new ArrayList<>();
            for (Mandate decision : mission.mandates()) {
                decisions.add(Mandate.builder().from(decision)
                        .supports(ModelArbitraries.distinctLists(names, 0, 2).generate(in)).build());
            }
            Set<MissionLink> links = new LinkedHashSet<>();
            for (int i = integers().between(0, 2).generate(in); i > 0; i--) {
                LinkKind kind = arbitrary().enumValues(LinkKind.class).generate(in);
                String other = "Before or after " + ModelArbitraries.names().generate(in);
                links.add(integers().between(0, 1).generate(in) == 0 ? MissionLink.of(kind, other)
                        : MissionLink.of(kind, other, ModelArbitraries.daysAround(start, 800, 4000).generate(in)));
            }
            return Mission.builder().from(mission).mandates(decisions).agreements(agreements)
                    .partnerships(distinct(partnerships(start), 0, 2, in)).links(links)
                    .aliases(distinct(ModelArbitraries.names().map(n -> "Also " + n), 0, 2, in))
                    .budgets(distinct(appropriations(start), 0, 3, in)).build();
        };
    }

    /** Up to {@code max} distinct values, at least {@code min} unless the generator repeats itself. */
    private static <T> List<T> distinct(Gen<T> values, int min, int max, RandomnessSource in) {
        Set<T> distinct = new LinkedHashSet<>();
        for (int i = integers().between(min, max).generate(in); i > 0; i--) {
            distinct.add(values.generate(in));
        }
        return new ArrayList<>(distinct);
    }
}
