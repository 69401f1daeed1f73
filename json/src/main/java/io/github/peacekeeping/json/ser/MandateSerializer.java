package io.github.peacekeeping.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateAction;
import io.github.peacekeeping.core.MandateTask;
import java.io.IOException;
import java.util.List;

/** Writes a {@link Mandate}. This class is immutable and thread-safe. */
final class MandateSerializer extends PeacekeepingSerializer<Mandate> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString[] ACTIONS = Out.constants(MandateAction.class);
    private static final SerializableString[] TASKS = Out.constants(MandateTask.class);

    MandateSerializer() {
        super(Mandate.class);
    }

    @Override
    void write(Mandate mandate, JsonGenerator g) throws IOException {
        writeMandate(mandate, g);
    }

    static void writeMandate(Mandate mandate, JsonGenerator g) throws IOException {
        g.writeStartObject(mandate);
        g.writeFieldName(Out.RESOLUTION);
        ResolutionSerializer.writeResolution(mandate.resolution(), g);
        g.writeFieldName(Out.ACTIONS);
        g.writeStartArray(mandate.actions(), mandate.actions().size());
        for (MandateAction action : mandate.actions()) {
            g.writeString(ACTIONS[action.ordinal()]);
        }
        g.writeEndArray();
        g.writeFieldName(Out.EFFECTIVE);
        Out.date(g, mandate.effective());
        if (mandate.expires().isPresent()) {
            g.writeFieldName(Out.EXPIRES);
            Out.date(g, mandate.expires().get());
        }
        g.writeFieldName(Out.CHAPTER_VII);
        g.writeBoolean(mandate.chapterVII());
        if (mandate.tasks().isPresent()) {
            // Present but empty means "no tasks from now on", which differs from absent: write [].
            List<MandateTask> tasks = mandate.tasks().get();
            g.writeFieldName(Out.TASKS);
            g.writeStartArray(tasks, tasks.size());
            for (MandateTask task : tasks) {
                g.writeString(TASKS[task.ordinal()]);
            }
            g.writeEndArray();
        }
        if (mandate.ceilings().isPresent()) {
            g.writeFieldName(Out.CEILINGS);
            CeilingsSerializer.writeCeilings(mandate.ceilings().get(), g);
        }
        g.writeEndObject();
    }
}
