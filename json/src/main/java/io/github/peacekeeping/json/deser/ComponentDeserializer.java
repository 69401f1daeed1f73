package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.CATEGORY;
import static io.github.peacekeeping.core.FieldNames.DEPLOYMENTS;
import static io.github.peacekeeping.core.FieldNames.STAFFING;
import static io.github.peacekeeping.core.FieldNames.TYPE;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.PeacekeepingException;
import io.github.peacekeeping.core.PersonnelCategory;
import io.github.peacekeeping.core.PoliceCategory;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.json.PeacekeepingJsonException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Component}, discriminated by {@code type}: {@code military}, {@code police} or
 * {@code civilian}, from the explicit table {@link ComponentType#typeName()}; nothing is looked up by
 * class name. The reader accepts {@code type} after the other fields, as the wire format allows any
 * order: deployments read before it are checked against it at the object's end.
 * This class is immutable and thread-safe.
 *
 * @param <T> the component type read
 */
final class ComponentDeserializer<T extends Component> extends PeacekeepingDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private static final List<String> ANY_FIELDS = List.of(TYPE, DEPLOYMENTS, STAFFING);
    private static final List<String> UNIFORMED_FIELDS = List.of(TYPE, DEPLOYMENTS);
    private static final List<String> CIVILIAN_FIELDS = List.of(TYPE, STAFFING);
    private static final int F_TYPE = 1;
    private static final int F_DEPLOYMENTS = 1 << 1;
    private static final int F_STAFFING = 1 << 2;

    /** The only type accepted, or null for any. */
    private final ComponentType only;

    ComponentDeserializer(Class<T> type, ComponentType only) {
        super(type, LogicalType.POJO);
        this.only = only;
    }

    @Override
    @SuppressWarnings("unchecked")
    T read(JsonParser p, boolean strict, String field) throws IOException {
        return (T) readComponent(p, strict, field, only);
    }

    private static List<String> fields(ComponentType type) {
        if (type == null) {
            return ANY_FIELDS;
        }
        return type == ComponentType.CIVILIAN ? CIVILIAN_FIELDS : UNIFORMED_FIELDS;
    }

    /**
     * Reads a component.
     *
     * @param only  the only type accepted, or null for any
     */
    static Component readComponent(JsonParser p, boolean strict, String field, ComponentType only)
            throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        int seen = 0;
        ComponentType type = null;
        List<Deployment<PersonnelCategory>> deployments = null;
        List<CivilianStaffing> staffing = null;
        long deploymentsNameAt = Errors.NOT_SEEN;
        long staffingNameAt = Errors.NOT_SEEN;
        // Deployments read before the type: the first of each component, for the error at the end.
        long[] categoryAt = new long[1];
        int firstMilitary = -1;
        int firstPolice = -1;
        long firstMilitaryAt = Errors.NOT_SEEN;
        long firstPoliceAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case TYPE:
                    seen = Tokens.field(p, seen, F_TYPE);
                    type = Names.TYPE.read(p, TYPE);
                    if (only != null && type != only) {
                        throw Errors.unknownValue(p, TYPE, List.of(only.typeName()));
                    }
                    break;
                case DEPLOYMENTS:
                    if (type == ComponentType.CIVILIAN) {
                        Tokens.unknown(p, strict, CIVILIAN_FIELDS);
                        break;
                    }
                    deploymentsNameAt = Errors.position(p);
                    seen = Tokens.field(p, seen, F_DEPLOYMENTS);
                    Tokens.startArray(p, DEPLOYMENTS);
                    deployments = new ArrayList<>();
                    Names<? extends PersonnelCategory> categories = type == ComponentType.MILITARY
                            ? Names.MILITARY
                            : type == ComponentType.POLICE ? Names.POLICE : Names.CATEGORY;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Deployment<PersonnelCategory> deployment = DeploymentDeserializer.readDeployment(
                                p, strict, DEPLOYMENTS, categories, type == null ? categoryAt : null);
                        if (type == null) {
                            if (deployment.category() instanceof MilitaryCategory && firstMilitary < 0) {
                                firstMilitary = deployments.size();
                                firstMilitaryAt = categoryAt[0];
                            } else if (deployment.category() instanceof PoliceCategory && firstPolice < 0) {
                                firstPolice = deployments.size();
                                firstPoliceAt = categoryAt[0];
                            }
                        }
                        deployments.add(deployment);
                    }
                    break;
                case STAFFING:
                    if (type == ComponentType.MILITARY || type == ComponentType.POLICE) {
                        Tokens.unknown(p, strict, UNIFORMED_FIELDS);
                        break;
                    }
                    staffingNameAt = Errors.position(p);
                    seen = Tokens.field(p, seen, F_STAFFING);
                    Tokens.startArray(p, STAFFING);
                    staffing = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        staffing.add(CivilianStaffingDeserializer.readStaffing(p, strict, STAFFING));
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, fields(type));
            }
        }
        if (type == null) {
            throw Errors.missing(p, start, List.of(TYPE));
        }
        // Fields read before the type that the type does not have.
        if (strict && type == ComponentType.CIVILIAN && deployments != null) {
            throw Errors.belowObject(p, "Unknown field \"" + DEPLOYMENTS + "\"", CIVILIAN_FIELDS, deploymentsNameAt);
        }
        if (strict && type != ComponentType.CIVILIAN && staffing != null) {
            throw Errors.belowObject(p, "Unknown field \"" + STAFFING + "\"", UNIFORMED_FIELDS, staffingNameAt);
        }
        try {
            switch (type) {
                case MILITARY:
                    requireList(p, deployments, DEPLOYMENTS, start);
                    if (firstPolice >= 0) {
                        throw wrongCategory(p, deployments, firstPolice, firstPoliceAt, Names.MILITARY);
                    }
                    return MilitaryComponent.builder().addAllDeployments(cast(deployments)).build();
                case POLICE:
                    requireList(p, deployments, DEPLOYMENTS, start);
                    if (firstMilitary >= 0) {
                        throw wrongCategory(p, deployments, firstMilitary, firstMilitaryAt, Names.POLICE);
                    }
                    return PoliceComponent.builder().addAllDeployments(cast(deployments)).build();
                default:
                    requireList(p, staffing, STAFFING, start);
                    return CivilianComponent.builder().addAllStaffing(staffing).build();
            }
        } catch (PeacekeepingException e) {
            throw Errors.refused(p, e, Errors.NOT_SEEN, start);
        }
    }

    private static void requireList(JsonParser p, List<?> list, String field, long start) throws IOException {
        if (list == null) {
            throw Errors.missing(p, start, List.of(field));
        }
    }

    private static PeacekeepingJsonException wrongCategory(JsonParser p, List<Deployment<PersonnelCategory>> deployments,
            int index, long position, Names<?> allowed) {
        String category = deployments.get(index).category().name();
        return Errors.belowObject(p, "Unknown value \"" + category + "\" for " + CATEGORY, allowed.names(),
                position, DEPLOYMENTS, index, CATEGORY);
    }

    /** Every category was checked against the component's type before. */
    @SuppressWarnings("unchecked")
    private static <C extends PersonnelCategory> List<Deployment<C>> cast(List<Deployment<PersonnelCategory>> list) {
        return (List<Deployment<C>>) (List<?>) list;
    }
}
