/**
 * The domain model of UN peacekeeping and its validators. It needs nothing at run time: Immutables
 * generates the value classes at compile time and its annotations are not read at run time.
 */
module io.github.peacekeeping.core {
    requires static org.immutables.value.annotations;

    exports io.github.peacekeeping.core;
    exports io.github.peacekeeping.core.validation;
}
