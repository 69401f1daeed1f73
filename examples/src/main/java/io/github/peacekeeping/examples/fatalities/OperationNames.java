package io.github.peacekeeping.examples.fatalities;

import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.examples.catalogue.Catalogue;

/**
 * The names of the UN's peacekeeping operations as the fatality file writes them: the acronyms of the
 * catalogue ({@link Catalogue#reference()}) and the aliases it records for the UN's files (UNEF, UNAVEM,
 * UNOSOM, UNPSG, IPTF), each operation answering for its alias from the day it was established, as the
 * catalogue's PROVENANCE file sources them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OperationNames {

    private OperationNames() {
    }

    /**
     * Obtains the names of the catalogue's operations with the aliases of the fatality file.
     *
     * @return the names, not null
     * @throws IllegalStateException if the catalogue does not read, which is a bug of the build
     */
    public static MissionNames reference() {
        return Catalogue.reference().names();
    }
}
