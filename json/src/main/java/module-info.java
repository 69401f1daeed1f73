/**
 * The JSON wire format of the peacekeeping model, with Jackson databind: {@code PeacekeepingJson}
 * reads and writes missions and JSON Lines of contribution records without any Jackson setup, and
 * {@code PeacekeepingModule} teaches an {@code ObjectMapper} every type of the model. The serializers
 * and deserializers stay inside the module.
 */
module io.github.peacekeeping.json {
    requires transitive io.github.peacekeeping.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.peacekeeping.json;

    provides com.fasterxml.jackson.databind.Module with io.github.peacekeeping.json.PeacekeepingModule;
}
