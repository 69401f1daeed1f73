package io.github.peacekeeping.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
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
import io.github.peacekeeping.json.deser.ValueDeserializers.ConstantDeserializer;
import io.github.peacekeeping.json.deser.ValueDeserializers.CountryCodeDeserializer;
import java.io.IOException;

/**
 * The entry to this package: registers a deserializer for every type of the wire format, and reads
 * missions and contribution records straight from a parser for {@code PeacekeepingJson}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Readers {

    private Readers() {
    }

    /**
     * Adds the deserializer of every type of the wire format to a module.
     *
     * @param module  the module, not null
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void register(SimpleModule module) {
        module.addDeserializer(Mission.class, new MissionDeserializer());
        module.addDeserializer(Mandate.class, new MandateDeserializer());
        module.addDeserializer(Resolution.class, new ResolutionDeserializer());
        module.addDeserializer(Vote.class, new VoteDeserializer());
        module.addDeserializer(Ceilings.class, new CeilingsDeserializer());
        module.addDeserializer(Component.class, new ComponentDeserializer<>(Component.class, null));
        module.addDeserializer(MilitaryComponent.class,
                new ComponentDeserializer<>(MilitaryComponent.class, ComponentType.MILITARY));
        module.addDeserializer(PoliceComponent.class,
                new ComponentDeserializer<>(PoliceComponent.class, ComponentType.POLICE));
        module.addDeserializer(CivilianComponent.class,
                new ComponentDeserializer<>(CivilianComponent.class, ComponentType.CIVILIAN));
        module.addDeserializer((Class) Deployment.class, new DeploymentDeserializer());
        module.addDeserializer(CivilianStaffing.class, new CivilianStaffingDeserializer());
        module.addDeserializer(Appointment.class, new AppointmentDeserializer());
        module.addDeserializer(ContributionRecord.class, new ContributionRecordDeserializer());
        module.addDeserializer(CountryCode.class, new CountryCodeDeserializer());
        module.addDeserializer(Region.class, new ConstantDeserializer<>(Region.class, Names.REGION));
        module.addDeserializer(AuthorizingBody.class, new ConstantDeserializer<>(AuthorizingBody.class, Names.BODY));
        module.addDeserializer(MandateAction.class, new ConstantDeserializer<>(MandateAction.class, Names.ACTION));
        module.addDeserializer(MandateTask.class, new ConstantDeserializer<>(MandateTask.class, Names.TASK));
        module.addDeserializer(LeadershipRole.class, new ConstantDeserializer<>(LeadershipRole.class, Names.ROLE));
        module.addDeserializer(MilitaryCategory.class,
                new ConstantDeserializer<>(MilitaryCategory.class, Names.MILITARY));
        module.addDeserializer(PoliceCategory.class, new ConstantDeserializer<>(PoliceCategory.class, Names.POLICE));
        module.addDeserializer(PersonnelCategory.class,
                new ConstantDeserializer<>(PersonnelCategory.class, Names.CATEGORY));
        module.addDeserializer(ComponentType.class, new ConstantDeserializer<>(ComponentType.class, Names.TYPE));
    }

    /**
     * Reads a mission whose first token is the parser's current token.
     *
     * @param p       the parser, not null
     * @param strict  whether unknown fields are refused
     * @return the mission, not null
     * @throws IOException if the input is not a valid mission, or cannot be read
     */
    public static Mission mission(JsonParser p, boolean strict) throws IOException {
        return MissionDeserializer.readMission(p, strict, null);
    }

    /**
     * Reads a contribution record whose first token is the parser's current token.
     *
     * @param p       the parser, not null
     * @param strict  whether unknown fields are refused
     * @return the record, not null
     * @throws IOException if the input is not a valid record, or cannot be read
     */
    public static ContributionRecord record(JsonParser p, boolean strict) throws IOException {
        return ContributionRecordDeserializer.readRecord(p, strict, null);
    }
}
