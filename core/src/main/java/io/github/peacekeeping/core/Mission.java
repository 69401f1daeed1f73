package io.github.peacekeeping.core;

import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.internal.Given;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.partner.Partnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A United Nations peacekeeping operation: its acronym and name, hosts and region, the days it was
 * established and closed, the decisions that set its mandate, its components and its leadership.
 *
 * <p>Besides its fields, a mission answers questions about a day: whether it was active, which
 * decisions were in force and with them which tasks and ceilings, how many uniformed personnel were
 * deployed, who led it. Days are whole days and periods include their first and last day.
 *
 * <p>The mission's dates ({@code established}, {@code operationsEnded}, {@code closed}) and its
 * leaders' {@code start} and {@code end} may be known only to the month or the year ({@link PartialDate}).
 * Such a date stands for every day it covers, and the queries answer for every reading of it: a day
 * counts as in the mission's life, its withdrawal or a tenure when some reading puts it there (UNAMIR,
 * closed in April 1996, may have been active on 30 April 1996). The validators report only what every
 * reading gives, whatever their severity: a decision taking effect on 1 April 1996 is not outside a life
 * that closed in April 1996.
 *
 * <p>A mission's life runs from the day it was {@link #established() established} to the day it
 * {@link #closed() closed}. Where its operations ended before it closed ({@link #operationsEnded()}), the
 * days between are its {@link #withdrawal() withdrawal}: the UN still reports its personnel, and its last
 * decisions stay in force without a mandate period.
 *
 * <p>Construction refuses a blank acronym or name, a mission without hosts or without a decision, a
 * repeated host, a closing day before the establishing day, an end of operations before the establishing
 * day or after the closing day, and two components of the same type. Rules
 * that need the historical record, such as mandate lapses or ceilings exceeded, are the validators'
 * ({@code io.github.peacekeeping.core.validation.MissionValidator}).
 *
 * <p>This class is immutable and thread-safe; its indexes for the queries on a day are built once, on
 * first use.
 */
@Value.Immutable
public abstract class Mission {

    Mission() {
    }

    /**
     * Returns the acronym by which the mission is known: "UNAMIR", "UNEF I", "UNAVEM III".
     *
     * @return the acronym, not blank
     */
    public abstract String acronym();

    /**
     * Returns the full name, e.g. "United Nations Assistance Mission for Rwanda".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Returns the host countries or territories.
     *
     * @return the hosts, at least one, none repeated, unmodifiable
     */
    public abstract List<CountryCode> hosts();

    /**
     * Returns the region the UN groups the mission in.
     *
     * @return the region, not null
     */
    public abstract Region region();

    /**
     * Returns the day the mission was established: the day the decision that establishes it took effect.
     *
     * @return the day, or the month or year when the record gives no more, not null
     */
    public abstract PartialDate established();

    /**
     * Returns the day the mission closed, its last day: the end of its withdrawal, where it had one.
     *
     * @return the day, or the month or year when the record gives no more (UNAMIR: April 1996), not before
     *         {@link #established()} or {@link #operationsEnded()}; empty while the mission is active
     */
    public abstract Optional<PartialDate> closed();

    /**
     * Returns the last day of the mandate's operations, when the mission then withdrew until it closed:
     * UNAMIR's mandate ended on 8 March 1996 and the UN still reported 703 of its personnel on 31 March.
     * A mission whose operations have ended may not be closed yet (UNIFIL's final mandate runs to 31 December
     * 2026, its withdrawal into 2027).
     *
     * @return the day, or the month or year when the record gives no more, not before
     *         {@link #established()}; empty when operations ran until the mission closed, or still run
     */
    public abstract Optional<PartialDate> operationsEnded();

    /**
     * Returns the decisions that set the mandate, in the order given (which should be the order of
     * their effective days; the validators report it otherwise).
     *
     * @return the decisions, at least one, unmodifiable
     */
    public abstract List<Mandate> mandates();

    /**
     * Returns the components, at most one of each type.
     *
     * @return the components, unmodifiable, possibly empty
     */
    public abstract List<Component> components();

    /**
     * Returns the leadership appointments.
     *
     * @return the appointments, unmodifiable, possibly empty
     */
    public abstract List<Appointment> leadership();

    // Diplomacy and resources: what the mission supports, works with, follows, is called, is given.

    /**
     * Returns the peace agreements the mission supports, each known by its name, which decisions use in
     * {@link Mandate#supports()}.
     *
     * @return the agreements, no two with one name, unmodifiable, possibly empty
     */
    public abstract List<PeaceAgreement> agreements();

    /**
     * Returns the mission's relations with organizations and non-UN forces.
     *
     * @return the partnerships, none repeated, unmodifiable, possibly empty
     */
    public abstract List<Partnership> partnerships();

    /**
     * Returns the links to the missions before and after this one.
     *
     * @return the links, none repeated and none to this mission, unmodifiable, possibly empty
     */
    public abstract List<MissionLink> links();

    /**
     * Returns other names the UN's files use for this mission, e.g. "UNAVEM" for UNAVEM III in the UN's
     * fatality file; {@link io.github.peacekeeping.core.lineage.MissionNames} resolves them.
     *
     * @return the aliases, none repeated and none the acronym, unmodifiable, possibly empty
     */
    public abstract List<String> aliases();

    /**
     * Returns the General Assembly's appropriations for the mission.
     *
     * @return the appropriations, none repeated, unmodifiable, possibly empty
     */
    public abstract List<Appropriation> budgets();

    /**
     * Finds one of the mission's agreements by its name.
     *
     * @param name  the agreement's name, not null
     * @return the agreement, empty if the mission has none of that name
     */
    public Optional<PeaceAgreement> agreement(String name) {
        return agreements().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Mission}. Each field has a setter of its name ({@code acronym(String)},
     * {@code closed(PartialDate)}, and for the dates one that takes a {@code LocalDate} known to the day);
     * each list has an adder of the singular name and a bulk adder ({@code addHost}, {@code addAllHosts},
     * {@code addMandate}, {@code addComponent}, and {@code addAppointment} for the leadership;
     * {@code addAgreement}, {@code addPartnership}, {@code addLink}, {@code addAlias}, {@code addBudget}) and
     * a setter that replaces it ({@code mandates(Iterable)}). {@code from(Mission)} copies a mission; optional
     * fields take null as absent; {@code build()} checks the result and throws {@link PeacekeepingException}.
     * A builder is not thread-safe; what it builds is.
     *
     * <p>A null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
     * naming the field, and a refused call leaves the builder as it was.
     */
    public static final class Builder {
        /** The builder Immutables generates, given only what this one has checked. */
        private final ImmutableMission.Builder generated = new ImmutableMission.Builder();

        Builder() {
        }

        /**
         * Copies the values of a mission into this builder: each value it has replaces the one given before,
         * except that an absent optional value does not replace a present one, and the elements of its
         * lists and maps are added to those given before.
         *
         * @param mission  the mission to copy, not null
         * @return this builder
         * @throws MissingValueException if {@code mission} is null
         */
        public Builder from(Mission mission) {
            generated.from(Given.value("mission", mission));
            return this;
        }

        /**
         * Sets {@link Mission#acronym()}.
         *
         * @param acronym  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code acronym} is null
         */
        public Builder acronym(String acronym) {
            generated.acronym(Given.value(FieldNames.ACRONYM, acronym));
            return this;
        }

        /**
         * Sets {@link Mission#name()}.
         *
         * @param name  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code name} is null
         */
        public Builder name(String name) {
            generated.name(Given.value(FieldNames.NAME, name));
            return this;
        }

        /**
         * Adds one element of {@link Mission#hosts()}, after those added before.
         *
         * @param host  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code host} is null
         */
        public Builder addHost(CountryCode host) {
            generated.addHost(Given.element(FieldNames.HOSTS, host));
            return this;
        }

        /**
         * Adds elements of {@link Mission#hosts()}, after those added before; if one is refused, none is added.
         *
         * @param hosts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code hosts} or one of its elements is null
         */
        public Builder addHosts(CountryCode... hosts) {
            generated.addHosts(Given.elements(FieldNames.HOSTS, hosts));
            return this;
        }

        /**
         * Sets {@link Mission#hosts()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param hosts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code hosts} or one of its elements is null
         */
        public Builder hosts(Iterable<? extends CountryCode> hosts) {
            generated.hosts(Given.elements(FieldNames.HOSTS, hosts));
            return this;
        }

        /**
         * Adds elements of {@link Mission#hosts()}, after those added before; if one is refused, none is added.
         *
         * @param hosts  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code hosts} or one of its elements is null
         */
        public Builder addAllHosts(Iterable<? extends CountryCode> hosts) {
            generated.addAllHosts(Given.elements(FieldNames.HOSTS, hosts));
            return this;
        }

        /**
         * Sets {@link Mission#region()}.
         *
         * @param region  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code region} is null
         */
        public Builder region(Region region) {
            generated.region(Given.value(FieldNames.REGION, region));
            return this;
        }

        /**
         * Sets {@link Mission#established()}.
         *
         * @param established  the value, not null
         * @return this builder
         * @throws MissingValueException if {@code established} is null
         */
        public Builder established(PartialDate established) {
            generated.established(Given.value(FieldNames.ESTABLISHED, established));
            return this;
        }

        /**
         * Sets {@link Mission#closed()}.
         *
         * @param closed  the value, null for none
         * @return this builder
         */
        public Builder closed(PartialDate closed) {
            generated.closed(closed);
            return this;
        }

        /**
         * Sets {@link Mission#closed()}.
         *
         * @param closed  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code closed} is null
         */
        public Builder closed(Optional<? extends PartialDate> closed) {
            generated.closed(Given.value(FieldNames.CLOSED, closed));
            return this;
        }

        /**
         * Sets {@link Mission#operationsEnded()}.
         *
         * @param operationsEnded  the value, null for none
         * @return this builder
         */
        public Builder operationsEnded(PartialDate operationsEnded) {
            generated.operationsEnded(operationsEnded);
            return this;
        }

        /**
         * Sets {@link Mission#operationsEnded()}.
         *
         * @param operationsEnded  the value, empty for none; not null
         * @return this builder
         * @throws MissingValueException if {@code operationsEnded} is null
         */
        public Builder operationsEnded(Optional<? extends PartialDate> operationsEnded) {
            generated.operationsEnded(Given.value(FieldNames.OPERATIONS_ENDED, operationsEnded));
            return this;
        }

        /**
         * Adds one element of {@link Mission#mandates()}, after those added before.
         *
         * @param mandate  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code mandate} is null
         */
        public Builder addMandate(Mandate mandate) {
            generated.addMandate(Given.element(FieldNames.MANDATES, mandate));
            return this;
        }

        /**
         * Adds elements of {@link Mission#mandates()}, after those added before; if one is refused, none is added.
         *
         * @param mandates  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code mandates} or one of its elements is null
         */
        public Builder addMandates(Mandate... mandates) {
            generated.addMandates(Given.elements(FieldNames.MANDATES, mandates));
            return this;
        }

        /**
         * Sets {@link Mission#mandates()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param mandates  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code mandates} or one of its elements is null
         */
        public Builder mandates(Iterable<? extends Mandate> mandates) {
            generated.mandates(Given.elements(FieldNames.MANDATES, mandates));
            return this;
        }

        /**
         * Adds elements of {@link Mission#mandates()}, after those added before; if one is refused, none is added.
         *
         * @param mandates  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code mandates} or one of its elements is null
         */
        public Builder addAllMandates(Iterable<? extends Mandate> mandates) {
            generated.addAllMandates(Given.elements(FieldNames.MANDATES, mandates));
            return this;
        }

        /**
         * Adds one element of {@link Mission#components()}, after those added before.
         *
         * @param component  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code component} is null
         */
        public Builder addComponent(Component component) {
            generated.addComponent(Given.element(FieldNames.COMPONENTS, component));
            return this;
        }

        /**
         * Adds elements of {@link Mission#components()}, after those added before; if one is refused, none is added.
         *
         * @param components  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code components} or one of its elements is null
         */
        public Builder addComponents(Component... components) {
            generated.addComponents(Given.elements(FieldNames.COMPONENTS, components));
            return this;
        }

        /**
         * Sets {@link Mission#components()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param components  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code components} or one of its elements is null
         */
        public Builder components(Iterable<? extends Component> components) {
            generated.components(Given.elements(FieldNames.COMPONENTS, components));
            return this;
        }

        /**
         * Adds elements of {@link Mission#components()}, after those added before; if one is refused, none is added.
         *
         * @param components  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code components} or one of its elements is null
         */
        public Builder addAllComponents(Iterable<? extends Component> components) {
            generated.addAllComponents(Given.elements(FieldNames.COMPONENTS, components));
            return this;
        }

        /**
         * Adds one element of {@link Mission#leadership()}, after those added before.
         *
         * @param appointment  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code appointment} is null
         */
        public Builder addAppointment(Appointment appointment) {
            generated.addAppointment(Given.element(FieldNames.LEADERSHIP, appointment));
            return this;
        }

        /**
         * Adds elements of {@link Mission#leadership()}, after those added before; if one is refused, none is added.
         *
         * @param leadership  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code leadership} or one of its elements is null
         */
        public Builder addLeadership(Appointment... leadership) {
            generated.addLeadership(Given.elements(FieldNames.LEADERSHIP, leadership));
            return this;
        }

        /**
         * Sets {@link Mission#leadership()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param leadership  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code leadership} or one of its elements is null
         */
        public Builder leadership(Iterable<? extends Appointment> leadership) {
            generated.leadership(Given.elements(FieldNames.LEADERSHIP, leadership));
            return this;
        }

        /**
         * Adds elements of {@link Mission#leadership()}, after those added before; if one is refused, none is added.
         *
         * @param leadership  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code leadership} or one of its elements is null
         */
        public Builder addAllLeadership(Iterable<? extends Appointment> leadership) {
            generated.addAllLeadership(Given.elements(FieldNames.LEADERSHIP, leadership));
            return this;
        }

        /**
         * Adds one element of {@link Mission#agreements()}, after those added before.
         *
         * @param agreement  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code agreement} is null
         */
        public Builder addAgreement(PeaceAgreement agreement) {
            generated.addAgreement(Given.element(FieldNames.AGREEMENTS, agreement));
            return this;
        }

        /**
         * Adds elements of {@link Mission#agreements()}, after those added before; if one is refused, none is added.
         *
         * @param agreements  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code agreements} or one of its elements is null
         */
        public Builder addAgreements(PeaceAgreement... agreements) {
            generated.addAgreements(Given.elements(FieldNames.AGREEMENTS, agreements));
            return this;
        }

        /**
         * Sets {@link Mission#agreements()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param agreements  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code agreements} or one of its elements is null
         */
        public Builder agreements(Iterable<? extends PeaceAgreement> agreements) {
            generated.agreements(Given.elements(FieldNames.AGREEMENTS, agreements));
            return this;
        }

        /**
         * Adds elements of {@link Mission#agreements()}, after those added before; if one is refused, none is added.
         *
         * @param agreements  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code agreements} or one of its elements is null
         */
        public Builder addAllAgreements(Iterable<? extends PeaceAgreement> agreements) {
            generated.addAllAgreements(Given.elements(FieldNames.AGREEMENTS, agreements));
            return this;
        }

        /**
         * Adds one element of {@link Mission#partnerships()}, after those added before.
         *
         * @param partnership  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code partnership} is null
         */
        public Builder addPartnership(Partnership partnership) {
            generated.addPartnership(Given.element(FieldNames.PARTNERSHIPS, partnership));
            return this;
        }

        /**
         * Adds elements of {@link Mission#partnerships()}, after those added before; if one is refused, none is added.
         *
         * @param partnerships  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code partnerships} or one of its elements is null
         */
        public Builder addPartnerships(Partnership... partnerships) {
            generated.addPartnerships(Given.elements(FieldNames.PARTNERSHIPS, partnerships));
            return this;
        }

        /**
         * Sets {@link Mission#partnerships()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param partnerships  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code partnerships} or one of its elements is null
         */
        public Builder partnerships(Iterable<? extends Partnership> partnerships) {
            generated.partnerships(Given.elements(FieldNames.PARTNERSHIPS, partnerships));
            return this;
        }

        /**
         * Adds elements of {@link Mission#partnerships()}, after those added before; if one is refused, none is added.
         *
         * @param partnerships  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code partnerships} or one of its elements is null
         */
        public Builder addAllPartnerships(Iterable<? extends Partnership> partnerships) {
            generated.addAllPartnerships(Given.elements(FieldNames.PARTNERSHIPS, partnerships));
            return this;
        }

        /**
         * Adds one element of {@link Mission#links()}, after those added before.
         *
         * @param link  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code link} is null
         */
        public Builder addLink(MissionLink link) {
            generated.addLink(Given.element(FieldNames.LINKS, link));
            return this;
        }

        /**
         * Adds elements of {@link Mission#links()}, after those added before; if one is refused, none is added.
         *
         * @param links  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code links} or one of its elements is null
         */
        public Builder addLinks(MissionLink... links) {
            generated.addLinks(Given.elements(FieldNames.LINKS, links));
            return this;
        }

        /**
         * Sets {@link Mission#links()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param links  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code links} or one of its elements is null
         */
        public Builder links(Iterable<? extends MissionLink> links) {
            generated.links(Given.elements(FieldNames.LINKS, links));
            return this;
        }

        /**
         * Adds elements of {@link Mission#links()}, after those added before; if one is refused, none is added.
         *
         * @param links  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code links} or one of its elements is null
         */
        public Builder addAllLinks(Iterable<? extends MissionLink> links) {
            generated.addAllLinks(Given.elements(FieldNames.LINKS, links));
            return this;
        }

        /**
         * Adds one element of {@link Mission#aliases()}, after those added before.
         *
         * @param alias  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code alias} is null
         */
        public Builder addAlias(String alias) {
            generated.addAlias(Given.element(FieldNames.ALIASES, alias));
            return this;
        }

        /**
         * Adds elements of {@link Mission#aliases()}, after those added before; if one is refused, none is added.
         *
         * @param aliases  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code aliases} or one of its elements is null
         */
        public Builder addAliases(String... aliases) {
            generated.addAliases(Given.elements(FieldNames.ALIASES, aliases));
            return this;
        }

        /**
         * Sets {@link Mission#aliases()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param aliases  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code aliases} or one of its elements is null
         */
        public Builder aliases(Iterable<String> aliases) {
            generated.aliases(Given.elements(FieldNames.ALIASES, aliases));
            return this;
        }

        /**
         * Adds elements of {@link Mission#aliases()}, after those added before; if one is refused, none is added.
         *
         * @param aliases  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code aliases} or one of its elements is null
         */
        public Builder addAllAliases(Iterable<String> aliases) {
            generated.addAllAliases(Given.elements(FieldNames.ALIASES, aliases));
            return this;
        }

        /**
         * Adds one element of {@link Mission#budgets()}, after those added before.
         *
         * @param budget  the element, not null
         * @return this builder
         * @throws MissingValueException if {@code budget} is null
         */
        public Builder addBudget(Appropriation budget) {
            generated.addBudget(Given.element(FieldNames.BUDGETS, budget));
            return this;
        }

        /**
         * Adds elements of {@link Mission#budgets()}, after those added before; if one is refused, none is added.
         *
         * @param budgets  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code budgets} or one of its elements is null
         */
        public Builder addBudgets(Appropriation... budgets) {
            generated.addBudgets(Given.elements(FieldNames.BUDGETS, budgets));
            return this;
        }

        /**
         * Sets {@link Mission#budgets()}, replacing the elements added before; if one is refused, they stay.
         *
         * @param budgets  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code budgets} or one of its elements is null
         */
        public Builder budgets(Iterable<? extends Appropriation> budgets) {
            generated.budgets(Given.elements(FieldNames.BUDGETS, budgets));
            return this;
        }

        /**
         * Adds elements of {@link Mission#budgets()}, after those added before; if one is refused, none is added.
         *
         * @param budgets  the elements, not null, no null element
         * @return this builder
         * @throws MissingValueException if {@code budgets} or one of its elements is null
         */
        public Builder addAllBudgets(Iterable<? extends Appropriation> budgets) {
            generated.addAllBudgets(Given.elements(FieldNames.BUDGETS, budgets));
            return this;
        }

        /**
         * Builds the mission and checks it.
         *
         * @return the mission, not null
         * @throws PeacekeepingException if a required value was never given, or the value is not consistent
         */
        public Mission build() {
            return generated.build();
        }

        /**
         * Sets the day the mission was established, known to the day.
         *
         * @param day  the day, not null
         * @return this builder
         * @throws PeacekeepingException if the day is null or its year is not 0 to 9999
         */
        public Builder established(LocalDate day) {
            return established(PartialDate.from(FieldNames.ESTABLISHED, day));
        }

        /**
         * Sets the day the mission closed, known to the day.
         *
         * @param day  the day, null for a mission that is active
         * @return this builder
         * @throws PeacekeepingException if the day's year is not 0 to 9999
         */
        public Builder closed(LocalDate day) {
            return closed(day == null ? null : PartialDate.from(FieldNames.CLOSED, day));
        }

        /**
         * Sets the last day of the mandate's operations, known to the day.
         *
         * @param day  the day, null if the operations ran until the mission closed, or still run
         * @return this builder
         * @throws PeacekeepingException if the day's year is not 0 to 9999
         */
        public Builder operationsEnded(LocalDate day) {
            return operationsEnded(day == null ? null : PartialDate.from(FieldNames.OPERATIONS_ENDED, day));
        }
    }

    @Value.Lazy
    MandateTimeline timeline() {
        return new MandateTimeline(mandates());
    }

    @Value.Lazy
    DeploymentIndex deploymentIndex() {
        return new DeploymentIndex(components());
    }

    /**
     * Returns the mission's life: from the day it was established to the day it closed, its withdrawal
     * included. With dates known only to the month or year, the life holds every day some reading puts in
     * it: from the first day {@code established} may be to the last day {@code closed} may be.
     *
     * @return the life, open while the mission is active
     */
    public DateRange life() {
        return span(established(), closed());
    }

    /** From the first day a start may be to the last day an end may be; open without an end. */
    private static DateRange span(PartialDate start, Optional<PartialDate> end) {
        return end.map(e -> DateRange.of(start.earliest(), e.latest()))
                .orElseGet(() -> DateRange.startingOn(start.earliest()));
    }

    /**
     * Checks whether the mission existed on a day: established on or before it, and not closed before it,
     * in some reading of its dates.
     *
     * @param date  the day, not null
     * @return true if the day lies in {@link #life()}
     */
    public boolean isActiveOn(LocalDate date) {
        return life().contains(date);
    }

    // Lifecycle: the operations under the mandate, then the withdrawal until the mission closes.

    /**
     * Returns the mission's operations: from the day it was established to the day its operations ended,
     * or else to the day it closed; every day some reading of those dates puts in them.
     *
     * @return the days of operations, open while they go on
     */
    public DateRange operations() {
        return span(established(), operationsEnded().or(this::closed));
    }

    /**
     * Returns the mission's withdrawal: the days after its operations ended, up to the day it closed. In
     * it, deployments may still be reported (validator rule PK107), no mandate period is required (PK104
     * checks up to the end of operations), and no decision may take effect but one about the withdrawal
     * itself, which only reduces, adjusts or terminates (PK101). With dates known only to the month or
     * year, it holds every day some reading puts in it.
     *
     * @return the days of withdrawal, open while the mission has not closed; empty if it had none, that is
     *         if {@code operationsEnded} is absent, or no reading of it and of {@code closed} leaves a day
     *         between them (the same date; or operations ended "1948" and the mission closed on 1 January
     *         1948, which the construction allows since one reading puts them on the same day)
     */
    public Optional<DateRange> withdrawal() {
        if (operationsEnded().isEmpty() || operationsEnded().equals(closed())) {
            return Optional.empty();
        }
        LocalDate first = operationsEnded().get().earliest().plusDays(1);
        if (closed().isPresent() && closed().get().latest().isBefore(first)) {
            return Optional.empty();
        }
        return Optional.of(closed().map(c -> DateRange.of(first, c.latest()))
                .orElseGet(() -> DateRange.startingOn(first)));
    }

    /**
     * Checks whether the mission was withdrawing on a day: its operations had ended and it had not closed.
     *
     * @param date  the day, not null
     * @return true if the day lies in {@link #withdrawal()}
     */
    public boolean isWithdrawingOn(LocalDate date) {
        return withdrawal().map(w -> w.contains(date)).orElse(false);
    }

    /**
     * Returns the military component.
     *
     * @return the component, empty if the mission has none
     */
    public Optional<MilitaryComponent> military() {
        return component(MilitaryComponent.class);
    }

    /**
     * Returns the police component.
     *
     * @return the component, empty if the mission has none
     */
    public Optional<PoliceComponent> police() {
        return component(PoliceComponent.class);
    }

    /**
     * Returns the civilian component.
     *
     * @return the component, empty if the mission has none
     */
    public Optional<CivilianComponent> civilian() {
        return component(CivilianComponent.class);
    }

    /**
     * Checks whether the mission has a component of a type.
     *
     * @param type  the type, not null
     * @return true if one of {@link #components()} has that type
     */
    public boolean hasComponent(ComponentType type) {
        return components().stream().anyMatch(c -> c.type() == type);
    }

    private <T extends Component> Optional<T> component(Class<T> type) {
        return components().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * Returns the days covered by a mandate period, as disjoint ranges in order. Each decision with
     * {@code expires} sets the period from its effective day to that day; an ESTABLISH decision without
     * it sets an open-ended period; other decisions leave the period in force unchanged. The ranges are
     * not cut to the mission's life.
     *
     * @return the covered ranges, unmodifiable
     */
    public List<DateRange> mandateCoverage() {
        return timeline().coverage();
    }

    /**
     * Checks whether the mission was under a mandate on a day: active, and covered by a mandate period.
     * A day that fails this inside the mission's life is a lapse (validator rule PK104).
     *
     * @param date  the day, not null
     * @return true if active and covered on that day
     */
    public boolean isMandatedOn(LocalDate date) {
        return isActiveOn(date) && timeline().covers(date);
    }

    /**
     * Returns the decisions in force on a day: every decision that had taken effect by that day, in
     * order of effect, provided the mission was under a mandate period that day or withdrawing (each
     * decision counts as long as a later one has not replaced what it set). The withdrawal goes on under
     * the decisions of the mandate that ended, whose tasks and ceilings stay in force until the mission
     * closes. On a day outside the mission's life, or in a lapse, no decision is in force.
     *
     * @param date  the day, not null
     * @return the decisions in order of effect, unmodifiable, empty if none is in force
     */
    public List<Mandate> decisionsInForce(LocalDate date) {
        return isMandatedOn(date) || isWithdrawingOn(date) ? timeline().decisionsUpTo(date) : List.of();
    }

    /**
     * Returns the tasks in force on a day: those of the latest decision in force that sets tasks.
     *
     * @param date  the day, not null
     * @return the tasks in the order of {@link MandateTask}, unmodifiable, empty if none is in force
     */
    public Set<MandateTask> tasksOn(LocalDate date) {
        List<Mandate> decisions = decisionsInForce(date);
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Optional<List<MandateTask>> tasks = decisions.get(i).tasks();
            if (tasks.isPresent()) {
                return tasks.get().isEmpty()
                        ? Set.of()
                        : Collections.unmodifiableSet(EnumSet.copyOf(tasks.get()));
            }
        }
        return Set.of();
    }

    /**
     * Returns the tasks under Chapter VII authority on a day: the tasks in force ({@link #tasksOn(LocalDate)})
     * that the decisions in force authorize under Chapter VII, as
     * {@link Mandate#chapterVIITasksInForce(Set, Set)} reads each decision in turn.
     *
     * @param date  the day, not null
     * @return the tasks, among {@link #tasksOn(LocalDate)}, unmodifiable, empty if none is in force
     */
    public Set<MandateTask> chapterVIITasksOn(LocalDate date) {
        Set<MandateTask> tasks = Set.of();
        Set<MandateTask> authorized = Set.of();
        for (Mandate decision : decisionsInForce(date)) {
            tasks = decision.tasksInForce(tasks);
            authorized = decision.chapterVIITasksInForce(tasks, authorized);
        }
        return authorized;
    }

    /**
     * Returns the authorized ceilings in force on a day: for the military and the police component, the
     * maximum that the authorizations in force give for all the component's categories together
     * ({@link #authorizedOn(LocalDate, Collection)}; saturated at {@link Integer#MAX_VALUE}); for the civilian
     * component, the value set by the latest decision in force that sets one.
     *
     * @param date  the day, not null
     * @return the ceilings, not null; {@link Ceilings#isEmpty() empty} if none is in force
     */
    public Ceilings ceilingsOn(LocalDate date) {
        Ceilings.Builder ceilings = Ceilings.builder();
        OptionalLong military = authorizedOn(date, ComponentType.MILITARY.categories());
        if (military.isPresent()) {
            ceilings.military((int) Math.min(military.getAsLong(), Integer.MAX_VALUE));
        }
        OptionalLong police = authorizedOn(date, ComponentType.POLICE.categories());
        if (police.isPresent()) {
            ceilings.police((int) Math.min(police.getAsLong(), Integer.MAX_VALUE));
        }
        List<Mandate> decisions = decisionsInForce(date);
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Optional<Ceilings> set = decisions.get(i).ceilings();
            if (set.isPresent() && set.get().civilian().isPresent()) {
                ceilings.civilian(set.get().civilian());
                break;
            }
        }
        return ceilings.build();
    }

    // Authorized and deployed strength by personnel category (wire format v2).

    @Value.Lazy
    AuthorizationTimeline authorizationTimeline() {
        return new AuthorizationTimeline(timeline().inOrderOfEffect(), closed().map(PartialDate::latest).orElse(null));
    }

    /**
     * Returns every authorization of the mission's decisions with the days it was in force, in order of
     * taking effect. An authorization takes effect on its {@code from} day, or its decision's effective
     * day, and stays in force until a later authorization naming any of its categories takes effect (the
     * newest statement about a category wins), or until the mission closes; mandate lapses do not end it.
     * Of two authorizations taking effect the same day, the one of the later decision is the later; those
     * of one decision and day are stated together and never end one another. An authorization that never
     * was in force (replaced on its first day, or taking effect after the mission closed) is left out. A
     * decision's v1 military and police ceilings count as authorizations for every category of their
     * component ({@link Mandate#authorizations()}).
     *
     * <p>For UNAMIR, S/RES/918 (1994)'s authorization for troops and staff officers ends the one of
     * S/RES/912 (1994) for all military personnel; S/RES/997 (1995)'s two phases follow each other.
     *
     * @return the periods, unmodifiable, possibly empty
     */
    public List<AuthorizationPeriod> authorizationHistory() {
        return authorizationTimeline().periods();
    }

    /**
     * Returns the authorizations in force on a day.
     *
     * @param date  the day, not null
     * @return the periods that contain the day, in order of taking effect, unmodifiable; empty on a day
     *         outside the mission's life
     */
    public List<AuthorizationPeriod> authorizationsOn(LocalDate date) {
        return isActiveOn(date) ? authorizationTimeline().on(date) : List.of();
    }

    /**
     * Returns the authorized maximum of a set of categories on a day: the least sum of the maxima of
     * authorizations in force that are disjoint, each within the set, and together name exactly the set.
     * After S/RES/918 (1994), UNAMIR's military categories (troops, staff officers, experts on mission) had
     * 5,500 + 320 = 5,820; troops alone had none, as 918 capped troops and staff officers together.
     *
     * @param date        the day, not null
     * @param categories  the categories, not null, no null element; a category named twice counts once
     * @return the maximum, empty if no combination of authorizations in force covers exactly the set, or
     *         the mission was not active that day
     */
    public OptionalLong authorizedOn(LocalDate date, Collection<? extends PersonnelCategory> categories) {
        int mask = AuthorizationTimeline.mask(categories);
        long maximum = isActiveOn(date) ? authorizationTimeline().maximumOn(date, mask) : -1;
        return maximum < 0 ? OptionalLong.empty() : OptionalLong.of(maximum);
    }

    /**
     * Returns the deployed personnel of a set of categories on a day, from the latest report on or before
     * it, as {@link #strengthOn(LocalDate)} gives them.
     *
     * @param date        the day, not null
     * @param categories  the categories, not null, no null element; a category named twice counts once
     * @return the personnel, empty if the mission was not active or had made no report by then
     */
    public OptionalLong deployedOn(LocalDate date, Collection<? extends PersonnelCategory> categories) {
        AuthorizationTimeline.mask(categories);
        Optional<DeployedStrength> strength = strengthOn(date);
        return strength.isEmpty() ? OptionalLong.empty() : OptionalLong.of(strength.get().total(categories));
    }

    /**
     * Returns, for each reporting day in the mission's life, the deployed and the authorized strength of a
     * set of categories and the gap between them (the "deployment gap"), in order of the days. Each day's
     * figures are those of {@link #deployedOn(LocalDate, Collection)} and
     * {@link #authorizedOn(LocalDate, Collection)}. The series is computed afresh at each call, in one pass
     * over the reporting days and the authorizations (time linear in their number), and depends on
     * nothing but the mission and the categories.
     *
     * @param categories  the categories, not null, no null element, e.g. {@code ComponentType.MILITARY.categories()}
     * @return one entry per reporting day within the mission's life, unmodifiable
     */
    public List<DeploymentGap> deploymentGaps(Collection<? extends PersonnelCategory> categories) {
        int mask = AuthorizationTimeline.mask(categories);
        AuthorizationTimeline authorizations = authorizationTimeline();
        List<AuthorizationPeriod> periods = authorizations.periods();
        List<Integer> inForce = new ArrayList<>();
        int next = 0;
        List<DeploymentGap> gaps = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> report : deploymentIndex().byDate().entrySet()) {
            LocalDate day = report.getKey();
            if (!isActiveOn(day)) {
                continue;
            }
            while (next < periods.size() && !periods.get(next).period().start().isAfter(day)) {
                inForce.add(next++);
            }
            inForce.removeIf(i -> !periods.get(i).period().contains(day));
            long deployed = new DeployedStrength(day, report.getValue()).total(categories);
            long authorized = authorizations.maximum(inForce, mask);
            gaps.add(authorized < 0 ? DeploymentGap.withoutAuthorization(day, deployed)
                    : DeploymentGap.of(day, deployed, authorized));
        }
        return List.copyOf(gaps);
    }

    /**
     * Returns the uniformed personnel deployed on a day, as the latest report on or before that day
     * gives them (the UN reports at each month's end, for all contributors at once). On the reporting
     * day, a category counts the sum of its deployments when its component has any for that day and
     * category, and the component's {@link UniformedComponent#totals() total} otherwise.
     *
     * @param date  the day, not null
     * @return the strength by category and component; empty if the mission was not active that day or
     *         no report had been made by then
     */
    public Optional<DeployedStrength> strengthOn(LocalDate date) {
        if (!isActiveOn(date)) {
            return Optional.empty();
        }
        DeployedStrength strength = deploymentIndex().latestOnOrBefore(date);
        return strength == null || !isActiveOn(strength.reportedOn()) ? Optional.empty() : Optional.of(strength);
    }

    /**
     * Returns the days on which the uniformed personnel of the mission were reported, in order.
     *
     * @return the distinct days of the military and police deployments and totals, unmodifiable
     */
    public NavigableSet<LocalDate> reportingDays() {
        return deploymentIndex().byDate().navigableKeySet();
    }

    /**
     * Returns the days an appointment's holder served: from its start to its end where recorded,
     * otherwise to the day before the next appointment to the same role in this mission starts (the next
     * in the order of {@link PartialDate}), otherwise to the mission's closing day, otherwise open. With
     * dates known only to the month or year, the tenure holds every day some reading puts in it: Guy
     * Tousignant, from August 1994 until Shiva Kumar took over in December 1995, may have served from
     * 1 August 1994 to 30 December 1995.
     *
     * @param appointment  the appointment, not null
     * @return the tenure, not null
     */
    public DateRange tenureOf(Appointment appointment) {
        LocalDate first = appointment.start().earliest();
        if (appointment.end().isPresent()) {
            return DateRange.of(first, appointment.end().get().latest());
        }
        PartialDate nextStart = null;
        for (Appointment other : leadership()) {
            if (other.role() == appointment.role() && other.start().compareTo(appointment.start()) > 0
                    && (nextStart == null || other.start().compareTo(nextStart) < 0)) {
                nextStart = other.start();
            }
        }
        if (nextStart != null) {
            return DateRange.of(first, nextStart.latest().minusDays(1));
        }
        return closed().filter(c -> !c.latest().isBefore(first))
                .map(c -> DateRange.of(first, c.latest()))
                .orElseGet(() -> DateRange.startingOn(first));
    }

    /**
     * Returns the appointments whose holders served on a day, in some reading of their dates, in the order
     * of {@link #leadership()}.
     *
     * @param date  the day, not null
     * @return the appointments, unmodifiable, possibly empty
     */
    public List<Appointment> leadershipOn(LocalDate date) {
        List<Appointment> serving = new ArrayList<>();
        for (Appointment appointment : leadership()) {
            if (tenureOf(appointment).contains(date)) {
                serving.add(appointment);
            }
        }
        return List.copyOf(serving);
    }

    /**
     * Returns the latest day the mission's record mentions: its closing day, or else the latest of the
     * day its operations ended, the days its decisions take effect or expire, its reports are dated, and
     * its appointments start or end. A date known only to the month or year counts with its last day.
     * The validators check an active mission for lapses up to this day.
     *
     * @return the day, not null
     */
    public LocalDate lastRecordedDay() {
        if (closed().isPresent()) {
            return closed().get().latest();
        }
        LocalDate last = operationsEnded().orElse(established()).latest();
        for (Mandate mandate : mandates()) {
            last = later(last, mandate.effective());
            last = later(last, mandate.expires().orElse(last));
        }
        if (!deploymentIndex().byDate().isEmpty()) {
            last = later(last, deploymentIndex().byDate().lastKey());
        }
        for (Component component : components()) {
            if (component instanceof CivilianComponent) {
                for (CivilianStaffing staffing : ((CivilianComponent) component).staffing()) {
                    last = later(last, staffing.date());
                }
            }
        }
        for (Appointment appointment : leadership()) {
            last = later(last, appointment.end().orElse(appointment.start()).latest());
        }
        return last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    @Value.Check
    void check() {
        // The checks of the identity and lifecycle fields are the profile's, made as it is built.
        profile();
        Checks.notEmpty(FieldNames.MANDATES, mandates());
        checkChapterVIITasks();
        checkDiplomacyAndResources();
        Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
        for (Component component : components()) {
            if (!types.add(component.type())) {
                throw new PeacekeepingException(FieldNames.COMPONENTS, component.type().typeName(),
                        "a mission has at most one component of each type");
            }
        }
    }

    /** The whole-mission checks of the agreements, partners and budgets; links and aliases are the profile's. */
    private void checkDiplomacyAndResources() {
        Set<String> names = new HashSet<>();
        for (PeaceAgreement agreement : agreements()) {
            if (!names.add(agreement.name())) {
                throw new PeacekeepingException(FieldNames.AGREEMENTS, agreement.name(), "names two agreements");
            }
        }
        for (Mandate mandate : mandates()) {
            for (String supported : mandate.supports()) {
                if (!names.contains(supported)) {
                    throw new PeacekeepingException(FieldNames.SUPPORTS, supported,
                            mandate.resolution().symbol() + " supports no agreement of the mission by that name");
                }
            }
        }
        Checks.distinct(FieldNames.PARTNERSHIPS, partnerships());
        Checks.distinct(FieldNames.BUDGETS, budgets());
    }

    /**
     * A decision that does not set tasks may name as Chapter VII tasks only tasks in force before it: those
     * of the latest earlier decision, in order of effect, that sets tasks.
     */
    private void checkChapterVIITasks() {
        if (!namesChapterVIITasks()) {
            return; // nothing to check: no decision names Chapter VII tasks
        }
        Set<MandateTask> tasks = Set.of();
        for (Mandate decision : timeline().decisionsUpTo(LocalDate.MAX)) {
            tasks = decision.tasksInForce(tasks);
            List<MandateTask> authorized = decision.chapterVIITasks().orElse(List.of());
            if (!tasks.containsAll(authorized)) {
                throw new PeacekeepingException(FieldNames.CHAPTER_VII_TASKS, authorized, "not among the tasks in force "
                        + tasks + ", which " + decision.resolution().symbol() + " leaves unchanged");
            }
        }
    }

    private boolean namesChapterVIITasks() {
        for (Mandate decision : mandates()) {
            if (decision.chapterVIITasks().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the mission's identity and lifecycle without its mandate history: the fields a list of
     * operations records ({@link MissionProfile}), with this mission's values.
     *
     * @return a new profile, not null
     */
    public MissionProfile profile() {
        return MissionProfile.builder()
                .acronym(acronym())
                .name(name())
                .addAllHosts(hosts())
                .region(region())
                .established(established())
                .operationsEnded(operationsEnded())
                .closed(closed())
                .addAllLinks(links())
                .addAllAliases(aliases())
                .build();
    }

    /**
     * Returns the acronym, name and life as recorded, an ISO 8601 interval of its dates, as its
     * {@link #profile() profile} gives them, e.g.
     * {@code UNAMIR (United Nations Assistance Mission for Rwanda, 1993-10-05/1996-04)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return profile().toString();
    }
}
