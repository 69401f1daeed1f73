package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.peacekeeping.core.CivilianComponent;
import io.github.peacekeeping.core.CivilianStaffing;
import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.UniformedComponent;
import java.io.IOException;
import java.util.List;

/**
 * Writes a {@link Component}: its {@code type} from the explicit table {@link ComponentType#typeName()},
 * never a class name, then its deployments or staffing reports, always, even when empty.
 * This class is immutable and thread-safe.
 */
final class ComponentSerializer extends PeacekeepingSerializer<Component> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString[] TYPES = new SerializableString[ComponentType.values().length];

    static {
        for (ComponentType type : ComponentType.values()) {
            TYPES[type.ordinal()] = new SerializedString(type.typeName());
        }
    }

    ComponentSerializer() {
        super(Component.class);
    }

    @Override
    void write(Component component, JsonGenerator g) throws IOException {
        writeComponent(component, g);
    }

    static void writeComponent(Component component, JsonGenerator g) throws IOException {
        g.writeStartObject(component);
        g.writeFieldName(Out.TYPE);
        g.writeString(TYPES[component.type().ordinal()]);
        if (component instanceof UniformedComponent) {
            List<? extends Deployment<?>> deployments = ((UniformedComponent<?>) component).deployments();
            g.writeFieldName(Out.DEPLOYMENTS);
            g.writeStartArray(deployments, deployments.size());
            for (Deployment<?> deployment : deployments) {
                DeploymentSerializer.writeDeployment(deployment, g);
            }
            g.writeEndArray();
        } else {
            List<CivilianStaffing> staffing = ((CivilianComponent) component).staffing();
            g.writeFieldName(Out.STAFFING);
            g.writeStartArray(staffing, staffing.size());
            for (CivilianStaffing report : staffing) {
                CivilianStaffingSerializer.writeStaffing(report, g);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
