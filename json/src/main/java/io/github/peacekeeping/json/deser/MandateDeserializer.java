package io.github.peacekeeping.json.deser;

import static io.github.peacekeeping.core.FieldNames.ACTIONS;
import static io.github.peacekeeping.core.FieldNames.CEILINGS;
import static io.github.peacekeeping.core.FieldNames.CHAPTER_VII;
import static io.github.peacekeeping.core.FieldNames.EFFECTIVE;
import static io.github.peacekeeping.core.FieldNames.EXPIRES;
import static io.github.peacekeeping.core.FieldNames.RESOLUTION;
import static io.github.peacekeeping.core.FieldNames.TASKS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.peacekeeping.core.Mandate;
import io.github.peacekeeping.core.MandateTask;
import io.github.peacekeeping.core.PeacekeepingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link Mandate}. This class is immutable and thread-safe. */
final class MandateDeserializer extends PeacekeepingDeserializer<Mandate> {

    private static final long serialVersionUID = 1L;

    static final List<String> FIELDS = List.of(RESOLUTION, ACTIONS, EFFECTIVE, EXPIRES, CHAPTER_VII, TASKS, CEILINGS);
    private static final int F_RESOLUTION = 1;
    private static final int F_ACTIONS = 1 << 1;
    private static final int F_EFFECTIVE = 1 << 2;
    private static final int F_EXPIRES = 1 << 3;
    private static final int F_CHAPTER_VII = 1 << 4;
    private static final int F_TASKS = 1 << 5;
    private static final int F_CEILINGS = 1 << 6;
    private static final int REQUIRED = F_RESOLUTION | F_ACTIONS | F_EFFECTIVE | F_CHAPTER_VII;

    MandateDeserializer() {
        super(Mandate.class, LogicalType.POJO);
    }

    @Override
    Mandate read(JsonParser p, boolean strict, String field) throws IOException {
        return readMandate(p, strict, field);
    }

    static Mandate readMandate(JsonParser p, boolean strict, String field) throws IOException {
        String name = Tokens.startObject(p, field);
        long start = Errors.position(p);
        Mandate.Builder mandate = Mandate.builder();
        int seen = 0;
        long actionsAt = Errors.NOT_SEEN;
        long effectiveAt = Errors.NOT_SEEN;
        long expiresAt = Errors.NOT_SEEN;
        long tasksAt = Errors.NOT_SEEN;
        long ceilingsAt = Errors.NOT_SEEN;
        for (; name != null; name = p.nextFieldName()) {
            switch (name) {
                case RESOLUTION:
                    seen = Tokens.field(p, seen, F_RESOLUTION);
                    mandate.resolution(ResolutionDeserializer.readResolution(p, strict, RESOLUTION));
                    break;
                case ACTIONS:
                    seen = Tokens.field(p, seen, F_ACTIONS);
                    actionsAt = Errors.position(p);
                    Tokens.startArray(p, ACTIONS);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        mandate.addAction(Names.ACTION.read(p, ACTIONS));
                    }
                    break;
                case EFFECTIVE:
                    seen = Tokens.field(p, seen, F_EFFECTIVE);
                    effectiveAt = Errors.position(p);
                    mandate.effective(Tokens.date(p, EFFECTIVE));
                    break;
                case EXPIRES:
                    seen = Tokens.field(p, seen, F_EXPIRES);
                    expiresAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        mandate.expires(Tokens.date(p, EXPIRES));
                    }
                    break;
                case CHAPTER_VII:
                    seen = Tokens.field(p, seen, F_CHAPTER_VII);
                    mandate.chapterVII(Tokens.bool(p, CHAPTER_VII));
                    break;
                case TASKS:
                    seen = Tokens.field(p, seen, F_TASKS);
                    tasksAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        Tokens.startArray(p, TASKS);
                        List<MandateTask> tasks = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            tasks.add(Names.TASK.read(p, TASKS));
                        }
                        // An unmodifiable list spares the model a copy and a second build.
                        mandate.tasks(List.copyOf(tasks));
                    }
                    break;
                case CEILINGS:
                    seen = Tokens.field(p, seen, F_CEILINGS);
                    ceilingsAt = Errors.position(p);
                    if (!Tokens.isNull(p)) {
                        mandate.ceilings(CeilingsDeserializer.readCeilings(p, strict, CEILINGS));
                    }
                    break;
                default:
                    Tokens.unknown(p, strict, FIELDS);
            }
        }
        Tokens.required(p, seen, REQUIRED, FIELDS, start);
        try {
            return mandate.build();
        } catch (PeacekeepingException e) {
            long at;
            switch (e.field()) {
                case ACTIONS: at = actionsAt; break;
                case EFFECTIVE: at = effectiveAt; break;
                case EXPIRES: at = expiresAt; break;
                case TASKS: at = tasksAt; break;
                case CEILINGS: at = ceilingsAt; break;
                default: at = Errors.NOT_SEEN;
            }
            throw Errors.refused(p, e, at, start);
        }
    }
}
