package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.Mission;
import java.util.function.Consumer;

/** The logic of one standard rule; the {@link StandardRule} constant supplies code, severity and description. */
interface Check {

    void check(Rule rule, Mission mission, Consumer<? super Finding> findings);
}
