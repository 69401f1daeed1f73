package io.github.peacekeeping.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peacekeeping.core.actor.Actor;
import io.github.peacekeeping.core.actor.Force;
import io.github.peacekeeping.core.agreement.Participant;
import io.github.peacekeeping.core.agreement.PeaceAgreement;
import io.github.peacekeeping.core.budget.Appropriation;
import io.github.peacekeeping.core.budget.FiscalYear;
import io.github.peacekeeping.core.budget.Funding;
import io.github.peacekeeping.core.budget.UsdAmount;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.lineage.LinkKind;
import io.github.peacekeeping.core.lineage.MissionLink;
import io.github.peacekeeping.core.lineage.MissionNames;
import io.github.peacekeeping.core.partner.Partnership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public builder of the model, found by reflection so that a new builder or field cannot escape:
 * a null argument, or a null element of a list, array or map, is refused with {@link MissingValueException}
 * naming the field, and a refused call leaves the builder as it was.
 */
class NullSafeBuildersTest {

    /** Builders whose adders Immutables names from the dictionary of the style, not from the field. */
    private static final Map<String, String> DEPLURALIZED = Map.of("appointment", "leadership", "agreement", "supports");

    /** The well-formed values the calls are given beside the null, by type; each builder copies the one of its type. */
    private static final Map<String, Object> SAMPLES = samples();

    @Test
    void theBuildersAreFound() {
        assertThat(builders()).contains(Mission.Builder.class, Deployment.Builder.class, Force.Builder.class,
                MissionNames.Builder.class).hasSizeGreaterThanOrEqualTo(20);
    }

    @TestFactory
    Stream<DynamicTest> aNullArgumentIsAMissingValue() {
        return builderMethods().flatMap(method -> IntStream.range(0, method.method().getParameterCount())
                .filter(i -> !method.method().getParameterTypes()[i].isPrimitive())
                .mapToObj(i -> DynamicTest.dynamicTest(describe(method) + " given null as argument " + (i + 1),
                        () -> nullArgument(method, i))));
    }

    @TestFactory
    Stream<DynamicTest> aBuilderGivenWellFormedValuesReturnsItself() {
        return builderMethods().map(method -> DynamicTest.dynamicTest(describe(method) + " given well-formed values",
                () -> {
                    Object builder = newBuilder(method.builder());
                    assertThat(invoke(builder, method.method(), arguments(method.method()))).isSameAs(builder);
                }));
    }

    @TestFactory
    Stream<DynamicTest> aNullElementIsRefusedAndTheBuilderKeepsWhatItHeld() {
        return builderMethods().filter(method -> method.builder() != MissionNames.Builder.class)
                .filter(method -> method.method().getParameterCount() == 1
                        && isContainer(method.method().getParameterTypes()[0]))
                .map(method -> DynamicTest.dynamicTest(describe(method) + " given a null element",
                        () -> nullElement(method)));
    }

    @Test
    void aBulkAddWithANullHostAddsNone() {
        Mission.Builder unmiss = Diplomacy.unmiss();
        Mission before = unmiss.build();

        assertThatThrownBy(() -> unmiss.addAllHosts(Arrays.asList(CountryCode.of("CAN"), null, CountryCode.of("FRA"))))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for hosts: null element (elements must not be null)");
        assertThat(unmiss.build()).isEqualTo(before);
    }

    @Test
    void anIterableThatCanBeWalkedOnlyOnceIsAddedWhole() {
        Iterator<CountryCode> southSudan = List.of(CountryCode.of("SSD")).iterator();
        Mission.Builder unmiss = Diplomacy.unmiss().hosts(() -> southSudan);

        assertThat(unmiss.build().hosts()).containsExactly(CountryCode.of("SSD"));
        Iterator<CountryCode> withNull = Arrays.asList(CountryCode.of("CAN"), null).iterator();
        assertThatThrownBy(() -> unmiss.addAllHosts(() -> withNull)).isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for hosts: null element (elements must not be null)");
        assertThat(unmiss.build().hosts()).containsExactly(CountryCode.of("SSD"));
    }

    @Test
    void aCollectionWithoutIndexIsCheckedWhole() {
        Mission.Builder unmiss = Diplomacy.unmiss().hosts(new LinkedHashSet<>(List.of(CountryCode.of("SSD"))));

        assertThat(unmiss.build().hosts()).containsExactly(CountryCode.of("SSD"));
        Set<CountryCode> withNull = new LinkedHashSet<>(Arrays.asList(CountryCode.of("CAN"), null));
        assertThatThrownBy(() -> unmiss.addAllHosts(withNull)).isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for hosts: null element (elements must not be null)");
        assertThat(unmiss.build().hosts()).containsExactly(CountryCode.of("SSD"));
    }

    @Test
    void theTasksOfADecisionAreCheckedWhenGiven() {
        Mandate.Builder s918 = Mandate.builder().from(Unamir.resolution918());
        Mandate before = s918.build();
        List<MandateTask> withNull = Arrays.asList(before.tasks().orElseThrow().get(0), null);

        assertThatThrownBy(() -> s918.tasks(Optional.of(withNull))).isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for tasks: null element (elements must not be null)");
        assertThatThrownBy(() -> s918.chapterVIITasks(Optional.of(withNull))).isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for chapterVIITasks: null element (elements must not be null)");
        assertThat(s918.build()).isEqualTo(before);
    }

    @Test
    void aSetterOfAListGivenANullElementKeepsTheListItReplaces() {
        Mission.Builder unmiss = Diplomacy.unmiss();

        assertThatThrownBy(() -> unmiss.mandates(Arrays.asList(Unamir.resolution918(), null)))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for mandates: null element (elements must not be null)");
        assertThat(unmiss.build().mandates()).hasSize(3);
    }

    @Test
    void aNullListOptionalOrMapIsAMissingValue() {
        assertThatThrownBy(() -> Mission.builder().addAllHosts(null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for hosts (required)");
        assertThatThrownBy(() -> Vote.builder().addAgainst((CountryCode[]) null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for against (required)");
        assertThatThrownBy(() -> Mission.builder().closed((Optional<PartialDate>) null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for closed (required)");
        assertThatThrownBy(() -> Contributor.builder().putAllByCategory(null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for byCategory (required)");
        assertThatThrownBy(() -> Mission.builder().from(null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for mission (required)");
    }

    @Test
    void anOptionalFieldTakesNullAsAbsent() {
        Mission unmiss = Diplomacy.unmiss().closed((PartialDate) null).closed((LocalDate) null).build();

        assertThat(unmiss.closed()).isEmpty();
    }

    @Test
    void aMapWithANullValuePutsNone() {
        Map<PersonnelCategory, Long> troops = new LinkedHashMap<>();
        troops.put(PersonnelCategory.TROOPS, 5L);
        troops.put(PersonnelCategory.STAFF_OFFICERS, null);
        Contributor egypt = sample(Contributor.class);
        Contributor.Builder builder = Contributor.builder().from(egypt);

        assertThatThrownBy(() -> builder.putAllByCategory(troops))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for byCategory: null element (elements must not be null)");
        assertThat(builder.build()).isEqualTo(egypt);
    }

    @Test
    void missionNamesRefusingAnAliasAddNothingOfTheMission() {
        LocalDate established = LocalDate.of(1995, 2, 8);
        MissionNames.Builder names = MissionNames.builder();

        assertThatThrownBy(() -> names.add("UNAVEM III", established, Arrays.asList("UNAVEM", null)))
                .isInstanceOf(MissingValueException.class)
                .hasMessage("Invalid value for aliases: null element (elements must not be null)");
        assertThatThrownBy(() -> names.add("UNAVEM III", established, null))
                .isInstanceOf(MissingValueException.class).hasMessage("Missing value for aliases (required)");
        MissionNames built = names.add("UNAVEM III", established, List.of("UNAVEM")).build();
        assertThat(built.resolve("UNAVEM", established)).hasValue("UNAVEM III");
    }

    private static void nullArgument(BuilderMethod method, int index) throws Throwable {
        Object builder = newBuilder(method.builder());
        Object[] arguments = arguments(method.method());
        arguments[index] = null;
        if (takesNullAsAbsent(method)) {
            assertThat(invoke(builder, method.method(), arguments)).isSameAs(builder);
            return;
        }
        Throwable thrown = catchThrowable(() -> invoke(builder, method.method(), arguments));
        String field = field(method, index);
        assertThat(thrown).isExactlyInstanceOf(MissingValueException.class)
                .hasMessage(isElement(method) ? nullElementMessage(field) : "Missing value for " + field + " (required)");
    }

    private static void nullElement(BuilderMethod method) throws ReflectiveOperationException {
        Class<?> builderType = method.builder();
        Object builder = newBuilder(builderType);
        Object value = sample(valueType(builderType));
        builderType.getMethod("from", valueType(builderType)).invoke(builder, value);
        Object before = builderType.getMethod("build").invoke(builder);
        Object withNull = withNullElement(method.method().getGenericParameterTypes()[0]);

        Throwable thrown = catchThrowable(() -> invoke(builder, method.method(), new Object[] {withNull}));

        assertThat(thrown).isExactlyInstanceOf(MissingValueException.class)
                .hasMessage(nullElementMessage(field(method, 0)));
        assertThat(builderType.getMethod("build").invoke(builder)).isEqualTo(before);
    }

    private static String nullElementMessage(String field) {
        return "Invalid value for " + field + ": null element (elements must not be null)";
    }

    /** The field a builder method sets, as the exception names it: the JSON name of the field. */
    private static String field(BuilderMethod method, int index) {
        Class<?> builderType = method.builder();
        String name = method.method().getName();
        if (builderType == MissionNames.Builder.class) {
            return List.of(FieldNames.ACRONYM, FieldNames.ESTABLISHED, FieldNames.ALIASES).get(index);
        }
        Class<?> valueType = valueType(builderType);
        if (name.equals("from")) {
            return decapitalize(valueType.getSimpleName());
        }
        Set<String> fields = Arrays.stream(valueType.getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
                .map(Method::getName).collect(Collectors.toSet());
        if (fields.contains(name)) {
            return name;
        }
        String stem = decapitalize(name.replaceFirst("^(addAll|add|putAll|put)", ""));
        List<String> named = fields.stream().filter(f -> f.startsWith(stem)).collect(Collectors.toList());
        if (named.size() == 1) {
            return named.get(0);
        }
        assertThat(named).as("the field of " + describe(method)).isEmpty();
        assertThat(DEPLURALIZED).as("the field of " + describe(method)).containsKey(stem);
        return DEPLURALIZED.get(stem);
    }

    /** Adds or puts one element, whose null the exception reports as a null element of the field. */
    private static boolean isElement(BuilderMethod method) {
        String name = method.method().getName();
        boolean one = name.startsWith("add") && !name.startsWith("addAll")
                && !method.method().getParameterTypes()[0].isArray() || name.startsWith("put") && !name.startsWith("putAll");
        return one && method.builder() != MissionNames.Builder.class;
    }

    /** Sets an optional field from a value, not from an {@code Optional}: null stands for absent. */
    private static boolean takesNullAsAbsent(BuilderMethod method) {
        Class<?> parameter = method.method().getParameterTypes()[0];
        if (method.builder() == MissionNames.Builder.class || isOptional(parameter)) {
            return false;
        }
        try {
            return isOptional(valueType(method.builder()).getMethod(method.method().getName()).getReturnType());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean isOptional(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class;
    }

    private static boolean isContainer(Class<?> type) {
        return type.isArray() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type == Map.Entry.class;
    }

    private static Object[] arguments(Method method) {
        return Arrays.stream(method.getGenericParameterTypes()).map(NullSafeBuildersTest::sampleOf).toArray();
    }

    /** A well-formed value of a parameter's type. */
    private static Object sampleOf(Type type) {
        if (type instanceof WildcardType) {
            return sampleOf(((WildcardType) type).getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable) {
            return sampleOf(((TypeVariable<?>) type).getBounds()[0]);
        }
        if (isArray(type)) {
            return arrayOf(type, 1);
        }
        if (type instanceof Class && ((Class<?>) type).isEnum()) {
            return ((Class<?>) type).getEnumConstants()[0];
        }
        if (SAMPLES.containsKey(type.getTypeName())) {
            return SAMPLES.get(type.getTypeName());
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            Type[] arguments = parameterized.getActualTypeArguments();
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                return Optional.of(sampleOf(arguments[0]));
            }
            if (Iterable.class.isAssignableFrom(raw)) {
                return List.of(sampleOf(arguments[0]));
            }
            if (raw == Map.class) {
                return Map.of(sampleOf(arguments[0]), sampleOf(arguments[1]));
            }
            if (raw == Map.Entry.class) {
                return Map.entry(sampleOf(arguments[0]), sampleOf(arguments[1]));
            }
            return sampleOf(raw);
        }
        throw new AssertionError("no sample of " + type.getTypeName() + ": add one to samples()");
    }

    /** A list, array or map whose second element is null, after a well-formed one. */
    private static Object withNullElement(Type type) {
        if (isArray(type)) {
            return arrayOf(type, 2);
        }
        ParameterizedType parameterized = (ParameterizedType) type;
        Type[] arguments = parameterized.getActualTypeArguments();
        Class<?> raw = (Class<?>) parameterized.getRawType();
        if (raw == Map.class) {
            Map<Object, Object> map = new LinkedHashMap<>();
            map.put(sampleOf(arguments[0]), sampleOf(arguments[1]));
            map.put(null, sampleOf(arguments[1]));
            return map;
        }
        if (raw == Map.Entry.class) {
            return new AbstractMap.SimpleEntry<>(sampleOf(arguments[0]), null);
        }
        return Arrays.asList(sampleOf(arguments[0]), null);
    }

    private static boolean isArray(Type type) {
        return type instanceof GenericArrayType || type instanceof Class && ((Class<?>) type).isArray();
    }

    /** An array of a sample and nulls: {@code Deployment<MilitaryCategory>[]} holds a military deployment. */
    private static Object arrayOf(Type type, int length) {
        Type component = type instanceof GenericArrayType ? ((GenericArrayType) type).getGenericComponentType()
                : ((Class<?>) type).getComponentType();
        Class<?> raw = component instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) component).getRawType()
                : (Class<?>) component;
        Object array = Array.newInstance(raw, length);
        Array.set(array, 0, sampleOf(component));
        return array;
    }

    private static Object invoke(Object builder, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(builder, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object newBuilder(Class<?> builderType) throws ReflectiveOperationException {
        return valueType(builderType).getMethod("builder").invoke(null);
    }

    private static Class<?> valueType(Class<?> builderType) {
        return builderType.getEnclosingClass();
    }

    @SuppressWarnings("unchecked")
    private static <T> T sample(Class<T> type) {
        return (T) SAMPLES.get(type.getTypeName());
    }

    /** The public methods of the builders that return the builder, inherited ones included. */
    private static Stream<BuilderMethod> builderMethods() {
        return builders().stream().flatMap(builder -> Arrays.stream(builder.getMethods())
                .filter(m -> builder.isAssignableFrom(m.getReturnType()) && !Modifier.isStatic(m.getModifiers()))
                .map(m -> new BuilderMethod(builder, m))
                .sorted(Comparator.comparing(NullSafeBuildersTest::describe)));
    }

    private static String describe(BuilderMethod method) {
        return method.builder().getEnclosingClass().getSimpleName() + ".Builder." + method.method().getName()
                + Arrays.stream(method.method().getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** A method of a builder, with the builder it is called on (which may inherit it). */
    private record BuilderMethod(Class<?> builder, Method method) {
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The public nested classes named Builder of the public classes of the model, read from its class files. */
    private static List<Class<?>> builders() {
        try {
            Path classes = Path.of(Mission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                List<Class<?>> builders = new ArrayList<>();
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("$Builder.class"))
                        .collect(Collectors.toList())) {
                    String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                    if (Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(type.getEnclosingClass().getModifiers())) {
                        builders.add(type);
                    }
                }
                builders.sort(Comparator.comparing(Class::getName));
                return builders;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The samples by the name of their type, {@code Deployment<PoliceCategory>} apart from {@code Deployment}. */
    private static Map<String, Object> samples() {
        Map<Type, Object> samples = new HashMap<>();
        // UNMISS in the IPI data (src/test/resources/ipi): 5 troops of Egypt, no woman among them, on 31 March 2012
        // (gender_unmiss.csv, the row numbered "6831"), 1 individual police officer of Albania, a man, on
        // 31 December 2013 (the row numbered "1"), and 6,798 troops and 376 police in all on 31 August 2011
        // (data_mission_unmiss.csv).
        Deployment<MilitaryCategory> egypt = Deployment.of(CountryCode.of("EGY"), MilitaryCategory.TROOPS,
                LocalDate.of(2012, 3, 31), 5, 0);
        Deployment<PoliceCategory> albania = Deployment.of(CountryCode.of("ALB"), PoliceCategory.INDIVIDUAL_POLICE,
                LocalDate.of(2013, 12, 31), 1, 0);
        PersonnelTotal<MilitaryCategory> troops = PersonnelTotal.of(MilitaryCategory.TROOPS, LocalDate.of(2011, 8, 31), 6798);
        PersonnelTotal<PoliceCategory> police = PersonnelTotal.of(PoliceCategory.POLICE, LocalDate.of(2011, 8, 31), 376);
        MilitaryComponent military = MilitaryComponent.builder().addDeployment(egypt).addTotal(troops).build();
        PoliceComponent policeComponent = PoliceComponent.builder().addDeployment(albania).addTotal(police).build();
        // No record of civilian staffing is in the repository: a well-formed report that claims nothing of a mission.
        CivilianStaffing staffing = CivilianStaffing.of(LocalDate.of(2012, 3, 31), 0, 0, 0);
        CivilianComponent civilian = CivilianComponent.builder().addStaffing(staffing).build();
        Mission unmiss = Diplomacy.unmiss().addComponents(military, policeComponent).build();
        Mandate mandate = unmiss.mandates().get(0);
        Partnership turquoise = Diplomacy.operationTurquoise();
        Force force = (Force) turquoise.partner();
        PeaceAgreement arusha = Diplomacy.arusha();
        // USD 582.63 million for UNIFIL, 1 July 2024 to 30 June 2025 (GA/12611, 28 June 2024).
        Appropriation unifil = Appropriation.builder().period(FiscalYear.of(2024).period())
                .amount(UsdAmount.parse("582630000")).funding(Funding.SPECIAL_ACCOUNT).build();

        samples.put(Mission.class, unmiss);
        samples.put(MissionProfile.class, unmiss.profile());
        samples.put(Mandate.class, mandate);
        samples.put(Resolution.class, mandate.resolution());
        samples.put(Vote.class, mandate.resolution().vote().orElseThrow());
        samples.put(ResolutionPart.class, ResolutionPart.builder().label("A").vote(Vote.of(15, 0, 0)).build());
        samples.put(Ceilings.class, Unamir.mandates().get(0).ceilings().orElseThrow());
        samples.put(Authorization.class, UnamirStrength.mandates().stream().flatMap(m -> m.authorizedStrength().stream())
                .findFirst().orElseThrow());
        samples.put(Component.class, military);
        samples.put(MilitaryComponent.class, military);
        samples.put(PoliceComponent.class, policeComponent);
        samples.put(CivilianComponent.class, civilian);
        samples.put(CivilianStaffing.class, staffing);
        samples.put(Deployment.class, egypt);
        samples.put(PersonnelTotal.class, troops);
        samples.put(parameterized(Deployment.class, MilitaryCategory.class), egypt);
        samples.put(parameterized(Deployment.class, PoliceCategory.class), albania);
        samples.put(parameterized(PersonnelTotal.class, MilitaryCategory.class), troops);
        samples.put(parameterized(PersonnelTotal.class, PoliceCategory.class), police);
        samples.put(PersonnelCategory.class, MilitaryCategory.TROOPS);
        samples.put(Appointment.class, Unamir.leadership().get(0));
        samples.put(Contributor.class, Contributor.rankingOn(LocalDate.of(2012, 3, 31), List.of(unmiss)).get(0));
        samples.put(PeaceAgreement.class, arusha);
        samples.put(Participant.class, arusha.participants().get(0));
        samples.put(Partnership.class, turquoise);
        samples.put(Force.class, force);
        samples.put(Actor.class, force.ledBy().get(0));
        // MONUC's successor MONUSCO, from 1 July 2010 (S/RES/1925 (2010)).
        samples.put(MissionLink.class, MissionLink.of(LinkKind.SUCCESSOR, "MONUSCO", LocalDate.of(2010, 7, 1)));
        samples.put(Appropriation.class, unifil);
        samples.put(Fatality.class, RealFatalities.all().get(0));
        samples.put(CountryCode.class, CountryCode.of("SSD"));
        samples.put(String.class, "UNMISS");
        samples.put(LocalDate.class, LocalDate.of(2012, 3, 31));
        samples.put(PartialDate.class, PartialDate.of(2011, 7));
        samples.put(UsdAmount.class, UsdAmount.parse("582630000"));
        samples.put(DateRange.class, FiscalYear.of(2024).period());
        samples.put(long.class, 5L);
        samples.put(int.class, 1);
        samples.put(boolean.class, true);
        samples.put(Long.class, 5L);
        samples.put(Boolean.class, true);
        samples.put(Integer.class, 1);
        samples.put(OptionalInt.class, OptionalInt.of(1));
        return samples.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().getTypeName(), Map.Entry::getValue));
    }

    private static Type parameterized(Class<?> raw, Class<?> argument) {
        return new Type() {
            @Override
            public String getTypeName() {
                return raw.getTypeName() + "<" + argument.getTypeName() + ">";
            }
        };
    }
}
