package io.github.peacekeeping.json.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.Adoption;
import io.github.peacekeeping.core.Appointment;
import io.github.peacekeeping.core.Authorization;
import io.github.peacekeeping.core.AuthorizingBody;
import io.github.peacekeeping.core.Ceilings;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.ContributionRecord;
import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.DateRange;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.LeadershipRole;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.MissionProfile;
import io.github.peacekeeping.core.PartialDate;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.core.Region;
import io.github.peacekeeping.core.Resolution;
import io.github.peacekeeping.core.ResolutionPart;
import io.github.peacekeeping.core.Vote;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import io.github.peacekeeping.core.validation.Finding;
import io.github.peacekeeping.core.validation.Severity;
import io.github.peacekeeping.core.validation.ValidationReport;
import io.github.peacekeeping.json.internal.Format;
import io.github.peacekeeping.json.internal.ModelTypes;
import io.github.peacekeeping.json.internal.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jackson module of the peacekeeping wire format: a serializer and a deserializer for every type
 * of the model that the format holds (missions, mandates, resolutions, votes, ceilings, components,
 * deployments, civilian staffing, appointments, peace agreements and their participants,
 * partnerships, mission links, appropriations and their amounts, contribution and fatality records, mission
 * profiles, country codes and the enums),
 * and for the validators' reports: a {@link ValidationReport} is written as {@code {"valid": ...,
 * "findings": [...]}}, a {@link Finding} as {@code {"severity", "code", "path", "message"}} (they are
 * not read back: validate the mission instead), and a {@link DateRange} as its ISO-8601 text
 * ({@code 1993-10-05/1996-03-08}), both ways. Any other class of the model is refused with a message
 * that says so, rather than written as a bean that would lose its data: among them an actor on its own
 * (a {@code State}, {@code Group} or {@code Force}, which the format writes only inside a participant,
 * a partnership or a force, as {@code {"state": "RWA"}}); an {@code Organization} on its own is an enum,
 * written and read by its name.
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new PeacekeepingModule())}, or let
 * {@code JsonMapper.builder().findAndAddModules()} find it: the jar declares it to {@link java.util.ServiceLoader}
 * both in {@code META-INF/services} and in its module descriptor.
 *
 * <p>Reading and writing follow the one description of the format that {@link PeacekeepingJson} uses:
 * token by token, through the model's public builders, so nothing can be read that the model's Java API
 * would refuse, and every error is a {@link PeacekeepingJsonException} with the JSON path, line and
 * column. They need no reflection and no {@code opens}. The component {@code type} is read from an
 * explicit table ({@code military}, {@code police}, {@code civilian}); polymorphic type handling by
 * class name is refused. Unknown fields fail unless
 * {@link tools.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled;
 * a {@link tools.jackson.databind.deser.DeserializationProblemHandler} registered on the mapper
 * is asked about each unknown field first ({@code handleUnknownProperty}). The handler's other methods
 * are not asked: a value of the model is never replaced by a handler's, as it goes through the model's
 * checks.
 *
 * <p>The module does not set the mapper's parser features or limits: for the configuration that
 * {@link PeacekeepingJson} uses (duplicate keys and trailing tokens refused, limits tuned to the
 * format), use {@link PeacekeepingJson#newObjectMapper()}.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class PeacekeepingModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The classes this module reads and writes, and their subclasses. */
    private final transient List<Class<?>> handled = new ArrayList<>();

    /**
     * Constructs the module. Public for {@link java.util.ServiceLoader}.
     */
    public PeacekeepingModule() {
        super(PeacekeepingModule.class.getSimpleName(), PackageVersion.VERSION);
        both(Mission.class, Format.MISSION, LogicalType.POJO);
        both(Mandate.class, Format.MANDATE, LogicalType.POJO);
        both(Resolution.class, Format.RESOLUTION, LogicalType.POJO);
        both(Vote.class, Format.VOTE, LogicalType.POJO);
        both(Ceilings.class, Format.CEILINGS, LogicalType.POJO);
        both(ResolutionPart.class, Format.PART, LogicalType.POJO);
        both(Authorization.class, Format.AUTHORIZATION, LogicalType.POJO);
        both(PersonnelTotal.class, Format.PERSONNEL_TOTAL, LogicalType.POJO);
        both(PartialDate.class, Format.PARTIAL_DATE, LogicalType.Textual);
        both(Adoption.class, Format.ADOPTIONS, LogicalType.Enum);
        both(Component.class, Format.COMPONENT, LogicalType.POJO);
        both(MilitaryComponent.class, Format.ONLY_MILITARY, LogicalType.POJO);
        both(PoliceComponent.class, Format.ONLY_POLICE, LogicalType.POJO);
        both(CivilianComponent.class, Format.ONLY_CIVILIAN, LogicalType.POJO);
        both(Deployment.class, Format.DEPLOYMENT, LogicalType.POJO);
        both(CivilianStaffing.class, Format.STAFFING_REPORT, LogicalType.POJO);
        both(Appointment.class, Format.APPOINTMENT, LogicalType.POJO);
        both(ContributionRecord.class, Format.CONTRIBUTION_RECORD, LogicalType.POJO);
        both(PeaceAgreement.class, Format.AGREEMENT, LogicalType.POJO);
        both(Participant.class, Format.PARTICIPANT, LogicalType.POJO);
        both(Partnership.class, Format.PARTNERSHIP, LogicalType.POJO);
        both(MissionLink.class, Format.MISSION_LINK, LogicalType.POJO);
        both(Appropriation.class, Format.APPROPRIATION, LogicalType.POJO);
        both(UsdAmount.class, Format.USD, LogicalType.Textual);
        both(Fatality.class, Format.FATALITY_RECORD, LogicalType.POJO);
        both(CountryCode.class, Format.COUNTRY, LogicalType.Textual);
        both(DateRange.class, Format.DATE_RANGE, LogicalType.Textual);
        both(Region.class, Format.REGIONS, LogicalType.Enum);
        both(AuthorizingBody.class, Format.BODIES, LogicalType.Enum);
        both(MandateAction.class, Format.MANDATE_ACTIONS, LogicalType.Enum);
        both(MandateTask.class, Format.MANDATE_TASKS, LogicalType.Enum);
        both(LeadershipRole.class, Format.ROLES, LogicalType.Enum);
        both(MilitaryCategory.class, Format.MILITARY_CATEGORIES, LogicalType.Enum);
        both(PoliceCategory.class, Format.POLICE_CATEGORIES, LogicalType.Enum);
        both(PersonnelCategory.class, Format.CATEGORIES, LogicalType.Enum);
        both(ComponentType.class, Format.COMPONENT_TYPES, LogicalType.Enum);
        both(Severity.class, Format.SEVERITIES, LogicalType.Enum);
        both(Finding.class, Format.FINDING, LogicalType.POJO);
        both(ValidationReport.class, Format.REPORT, LogicalType.POJO);
        // Mission profiles: a list of operations without their decisions.
        both(MissionProfile.class, Format.MISSION_PROFILE, LogicalType.POJO);
        both(LinkKind.class, Format.LINK_KINDS, LogicalType.Enum);
    }

    /** Reads and writes a type by its description; a raw {@code Deployment} by the one of any category. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void both(Class<?> type, Value<?> value, LogicalType logicalType) {
        handled.add(type);
        addSerializer((Class) type, new FormatSerializer<>(type, (Value) value));
        addDeserializer((Class) type, new FormatDeserializer<>(type, (Value) value, logicalType));
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription.Supplier beanDesc, JsonFormat.Value format) {
                String refusal = refusal(type.getRawClass());
                return refusal == null ? null : new RefusingSerializer(type.getRawClass(), refusal);
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier beanDesc) {
                String refusal = refusal(type.getRawClass());
                return refusal == null ? null : new RefusingDeserializer(type.getRawClass(), refusal);
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
                return refusal(type) != null;
            }
        });
    }

    /** Why a class of the model that this module does not handle is refused, or null for any other class. */
    private String refusal(Class<?> type) {
        for (Class<?> known : handled) {
            if (known.isAssignableFrom(type)) {
                return null;
            }
        }
        return ModelTypes.refusal(type);
    }
}
