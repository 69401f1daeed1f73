package io.github.peacekeeping.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.peacekeeping.json.deser.Readers;
import io.github.peacekeeping.json.ser.Writers;

/**
 * The Jackson module of the peacekeeping wire format: a serializer and a deserializer for every type
 * of the model that the format holds (missions, mandates, resolutions, votes, ceilings, components,
 * deployments, civilian staffing, appointments, contribution records, country codes and the enums).
 *
 * <p>Register it with {@code mapper.registerModule(new PeacekeepingModule())}, or let
 * {@code mapper.findAndRegisterModules()} find it: the jar declares it to {@link java.util.ServiceLoader}
 * both in {@code META-INF/services} and in its module descriptor.
 *
 * <p>The serializers and deserializers are written by hand: they read and write token by token and
 * build values through the model's public builders, so nothing can be read that the model's Java API
 * would refuse, and every error is a {@link PeacekeepingJsonException} with the JSON path, line and
 * column. They need no reflection and no {@code opens}. The component {@code type} is read from an
 * explicit table ({@code military}, {@code police}, {@code civilian}); polymorphic type handling by
 * class name is refused. Unknown fields fail unless
 * {@link com.fasterxml.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled.
 *
 * <p>The module does not set the mapper's parser features or limits: for the configuration that
 * {@link PeacekeepingJson} uses (duplicate keys and trailing tokens refused, limits tuned to the
 * format), use {@link PeacekeepingJson#newObjectMapper()}.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class PeacekeepingModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs the module. Public for {@link java.util.ServiceLoader}.
     */
    public PeacekeepingModule() {
        super(PeacekeepingModule.class.getSimpleName(), PackageVersion.VERSION);
        Writers.register(this);
        Readers.register(this);
    }
}
