package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionSymbol;
import io.github.peacekeeping.core.Vote;
import java.time.LocalDate;
import java.util.List;

/**
 * UNEF I, the first armed peacekeeping force, authorized by the General Assembly under "Uniting for
 * Peace" (resolution 377 A (V) of 3 November 1950, under which the Assembly's first emergency special
 * session met, convened by the Security Council's procedural S/RES/119 (1956)). Sources: General Assembly resolutions 1000 (ES-I) of 5 November 1956 (establishes
 * the United Nations Command and appoints Major-General E.L.M. Burns of Canada, Chief of Staff of UNTSO,
 * as its Chief; adopted 57-0-19) and 1001 (ES-I) of 7 November 1956 (approves the guiding principles
 * for the Force; adopted 64-0-12); peacekeeping.un.org, "UNEF I background": the Force was withdrawn at
 * Egypt's request, its last elements leaving on 17 June 1967. Egypt hosted it (ISO EGY).
 */
final class UnefI {

    static final LocalDate ESTABLISHED = LocalDate.of(1956, 11, 5);

    private UnefI() {
    }

    static Mission mission() {
        Mandate establish = Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.parse("A/RES/1000 (ES-I)"), ESTABLISHED).vote(Vote.of(57, 0, 19)).build())
                .addAction(MandateAction.ESTABLISH)
                .effective(ESTABLISHED)
                .chapterVII(false)
                .build();
        Mandate principles = Mandate.builder()
                .resolution(Resolution.builder(ResolutionSymbol.parse("A/RES/1001 (ES-I)"), LocalDate.of(1956, 11, 7))
                        .vote(Vote.of(64, 0, 12)).build())
                .addAction(MandateAction.ADJUST)
                .effective(LocalDate.of(1956, 11, 7))
                .chapterVII(false)
                .build();
        return Mission.builder()
                .acronym("UNEF I")
                .name("First United Nations Emergency Force")
                .addHost(CountryCode.of("EGY"))
                .region(Region.MIDDLE_EAST)
                .established(ESTABLISHED)
                .closed(LocalDate.of(1967, 6, 17))
                .addMandate(establish)
                .addMandate(principles)
                .addComponent(MilitaryComponent.builder().build())
                .addAppointment(Appointment.builder().role(LeadershipRole.FORCE_COMMANDER).name("E. L. M. Burns")
                        .nationality(CountryCode.of("CAN")).start(ESTABLISHED).build())
                .build();
    }

    static List<Mandate> mandates() {
        return mission().mandates();
    }
}
