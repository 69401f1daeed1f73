/**
 * The JSON wire format of the peacekeeping model, with Jackson 2 (databind): {@code PeacekeepingJson}
 * reads and writes missions and JSON Lines of contribution records without any Jackson setup, and
 * {@code PeacekeepingModule} teaches an {@code ObjectMapper} every type of the model. The description
 * of the format that both do their work by is in {@code io.github.peacekeeping.json.internal}, a module
 * that exports it to this binding and the Jackson 3 one only.
 */
module io.github.peacekeeping.json {
    requires transitive io.github.peacekeeping.core;
    requires transitive com.fasterxml.jackson.databind;
    requires io.github.peacekeeping.json.internal;

    exports io.github.peacekeeping.json;

    provides com.fasterxml.jackson.databind.Module with io.github.peacekeeping.json.PeacekeepingModule;
}
