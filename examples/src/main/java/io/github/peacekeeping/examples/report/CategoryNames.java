package io.github.peacekeeping.examples.report;

import io.github.peacekeeping.core.ComponentType;
import io.github.peacekeeping.core.PersonnelCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words a chart uses for personnel categories and sets of them. */
final class CategoryNames {

    private CategoryNames() {
    }

    /**
     * A category in words: "Troops", "Staff officers", "Experts on mission", "Individual police", "Formed
     * police units", and "Police" for the police reported without the split.
     */
    static String of(PersonnelCategory category) {
        String words = category.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A set of categories in words: "Military" or "Police" for every category of a component, otherwise
     * the categories joined by " + " in the UN's order, e.g. "Troops + staff officers".
     */
    static String of(Collection<? extends PersonnelCategory> categories) {
        for (ComponentType component : List.of(ComponentType.MILITARY, ComponentType.POLICE)) {
            if (Set.copyOf(component.categories()).equals(Set.copyOf(categories))) {
                return component.typeName().substring(0, 1).toUpperCase(Locale.ROOT) + component.typeName().substring(1);
            }
        }
        List<String> names = new ArrayList<>();
        for (PersonnelCategory category : PersonnelCategory.values()) {
            if (categories.contains(category)) {
                names.add(names.isEmpty() ? of(category) : of(category).toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" + ", names);
    }

    /** The categories of a set in the UN's order, so that the same set given in two orders is one. */
    static List<PersonnelCategory> inOrder(Collection<? extends PersonnelCategory> categories) {
        List<PersonnelCategory> ordered = new ArrayList<>();
        for (PersonnelCategory category : PersonnelCategory.values()) {
            if (categories.contains(category)) {
                ordered.add(category);
            }
        }
        return List.copyOf(ordered);
    }
}
