/**
 * The domain model of UN peacekeeping and its validators. It needs nothing at run time: Immutables
 * generates the value classes at compile time and its annotations are not read at run time.
 */
module io.github.peacekeeping.core {
    requires static org.immutables.value.annotations;

    exports io.github.peacekeeping.core;
    exports io.github.peacekeeping.core.validation;
    exports io.github.peacekeeping.core.actor;
    exports io.github.peacekeeping.core.agreement;
    exports io.github.peacekeeping.core.partner;
    exports io.github.peacekeeping.core.lineage;
    exports io.github.peacekeeping.core.budget;
    exports io.github.peacekeeping.core.fatality;
}
