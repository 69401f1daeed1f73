package io.github.peacekeeping.core.actor;

import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.MissingValueException;
import io.github.peacekeeping.core.PeacekeepingException;
import java.util.Arrays;
import java.util.List;

/**
 * An international or regional organization that mediates, witnesses or guarantees peace agreements, or
 * works with UN missions as a partner. The constants' names are the acronyms the organizations use.
 *
 * <p>The Organization of African Unity was succeeded by the African Union; they are two constants because
 * the records name the one of their time (the OAU in the Arusha Peace Agreement of 1993, the AU in UNAMID's
 * joint authority of 2007). The Conference on Security and Co-operation in Europe became the OSCE on
 * 1 January 1995 by a decision of its Budapest Summit (osce.org, "Budapest Summit 1994"): one constant, as
 * the organization is one.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Organization implements Actor {
    /** The United Nations (as an actor beside a mission: its Secretary-General, its envoys). */
    UN("United Nations"),
    /** The African Union, the OAU's successor. */
    AU("African Union"),
    /** The Organization of African Unity, the African Union's predecessor. */
    OAU("Organization of African Unity"),
    /** The Economic Community of West African States. */
    ECOWAS("Economic Community of West African States"),
    /** The Intergovernmental Authority on Development (Eastern Africa). */
    IGAD("Intergovernmental Authority on Development"),
    /** The European Union. */
    EU("European Union"),
    /** The North Atlantic Treaty Organization. */
    NATO("North Atlantic Treaty Organization"),
    /** The Organization for Security and Co-operation in Europe (the CSCE until 31 December 1994). */
    OSCE("Organization for Security and Co-operation in Europe"),
    /** The Organization of American States. */
    OAS("Organization of American States");

    private static final List<String> ACRONYMS = Arrays.stream(values()).map(Enum::name).toList();

    private final String fullName;

    Organization(String fullName) {
        this.fullName = fullName;
    }

    /**
     * Obtains the organization with the given acronym, e.g. {@code "AU"}.
     *
     * @param acronym  the acronym, not null
     * @return the organization, not null
     * @throws PeacekeepingException if no constant has that acronym; the message lists them
     */
    public static Organization of(String acronym) {
        if (acronym == null) {
            throw new MissingValueException(FieldNames.ORGANIZATION);
        }
        for (Organization organization : values()) {
            if (organization.name().equals(acronym)) {
                return organization;
            }
        }
        throw new PeacekeepingException(FieldNames.ORGANIZATION, acronym, "expected one of " + ACRONYMS);
    }

    @Override
    public String fullName() {
        return fullName;
    }
}
