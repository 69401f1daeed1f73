package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.Vote;
import java.time.LocalDate;

/**
 * Missions abridged to what the succession and fatality rules read: acronym, host, the days it was
 * established and closed, and its establishing resolution with the day and tally of the meeting table
 * (unsc-meetings-votes). The decision's mandate period and Chapter VII flag are not the record's: a mission
 * needs a decision, and these rules do not read them.
 */
final class Abridged {

    private Abridged() {
    }

    static Mission.Builder mission(String acronym, String host, int resolution, String established, Vote vote,
            String closed) {
        LocalDate day = LocalDate.parse(established);
        return Mission.builder().acronym(acronym).name(acronym).addHost(CountryCode.of(host)).region(Region.AFRICA)
                .established(day).closed(closed == null ? null : LocalDate.parse(closed))
                .addMandate(Mandate.builder()
                        .resolution(Resolution.builder().body(AuthorizingBody.SECURITY_COUNCIL).number(resolution)
                                .adopted(day).vote(vote).build())
                        .addAction(MandateAction.ESTABLISH).effective(day).chapterVII(false).build());
    }
}
