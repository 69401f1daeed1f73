package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.PersonnelCategory;
import java.io.IOException;

/** Writes a {@link Deployment}. This class is immutable and thread-safe. */
final class DeploymentSerializer extends PeacekeepingSerializer<Deployment<?>> {

    private static final long serialVersionUID = 1L;

    DeploymentSerializer() {
        super(Deployment.class);
    }

    @Override
    void write(Deployment<?> deployment, JsonGenerator g) throws IOException {
        writeDeployment(deployment, g);
    }

    static void writeDeployment(Deployment<?> deployment, JsonGenerator g) throws IOException {
        g.writeStartObject(deployment);
        g.writeFieldName(Out.CONTRIBUTOR);
        Out.country(g, deployment.contributor());
        g.writeFieldName(Out.CATEGORY);
        g.writeString(category(deployment.category()));
        g.writeFieldName(Out.DATE);
        Out.date(g, deployment.date());
        g.writeFieldName(Out.TOTAL);
        g.writeNumber(deployment.total());
        if (deployment.female().isPresent()) {
            g.writeFieldName(Out.FEMALE);
            g.writeNumber(deployment.female().getAsInt());
        }
        g.writeEndObject();
    }

    private static final SerializableString[] CATEGORIES = categories();

    private static SerializableString[] categories() {
        SerializableString[] names = new SerializableString[PersonnelCategory.values().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(PersonnelCategory.values().get(i).name());
        }
        return names;
    }

    /** The category's pre-encoded name, by its index in {@link PersonnelCategory#values()}. */
    static SerializableString category(PersonnelCategory category) {
        return CATEGORIES[PersonnelCategory.values().indexOf(category)];
    }
}
