package io.github.peacekeeping.core.fatality;

import java.util.Locale;

/** How the UN's labels are compared: surrounding and repeated blanks and case are not significant. */
final class Labels {

    private Labels() {
    }

    static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
