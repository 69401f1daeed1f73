/**
 * The JSON wire format of the peacekeeping model, with Jackson 3 databind ({@code tools.jackson}), as
 * Spring Boot 4 uses it: {@code PeacekeepingJson} reads and writes missions and JSON Lines of
 * contribution records without any Jackson setup, and {@code PeacekeepingModule} teaches a
 * {@code JsonMapper} every type of the model ({@code JsonMapper.builder().findAndAddModules()} finds
 * it). The same description of the format as the Jackson 2 binding's does the work, from
 * {@code io.github.peacekeeping.json.internal}.
 */
module io.github.peacekeeping.json.jackson3 {
    requires transitive io.github.peacekeeping.core;
    requires transitive tools.jackson.databind;
    requires io.github.peacekeeping.json.internal;

    exports io.github.peacekeeping.json.jackson3;

    provides tools.jackson.databind.JacksonModule with io.github.peacekeeping.json.jackson3.PeacekeepingModule;
}
