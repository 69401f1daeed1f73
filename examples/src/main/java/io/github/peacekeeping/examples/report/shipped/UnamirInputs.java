package io.github.peacekeeping.examples.report.shipped;

import static io.github.peacekeeping.core.PersonnelCategory.EXPERTS_ON_MISSION;
import static io.github.peacekeeping.core.PersonnelCategory.POLICE;
import static io.github.peacekeeping.core.PersonnelCategory.TROOPS;

import io.github.peacekeeping.core.Component;
import io.github.peacekeeping.core.MilitaryCategory;
import io.github.peacekeeping.core.MilitaryComponent;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.PersonnelTotal;
import io.github.peacekeeping.core.PoliceComponent;
import io.github.peacekeeping.json.PeacekeepingJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * UNAMIR as its report draws it: the wire format's version 2 reference document (data/unamir-v2.json: the
 * decisions with their votes, periods and authorized strength by category and phase, the end of operations
 * on 8 March 1996 and the withdrawal until April 1996, the leadership), with the UN's month-end totals of the
 * whole mission (data/data_mission_unamir.csv, IPI's copy of the UN's figures) as its components' totals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnamirInputs {

    private UnamirInputs() {
    }

    /**
     * Reads UNAMIR from a directory holding unamir-v2.json and the data_mission.csv slice, whose month-end
     * totals become the components' {@code totals}: Troops as TROOPS (the UN's "Troops" of those years held the
     * staff officers too), Observers as EXPERTS_ON_MISSION, Police as POLICE (formed units and individual police
     * together); NA, none reported, gives no total.
     *
     * @param data  the directory, not null
     * @return the mission, not null
     * @throws IOException if a file cannot be read, or the document is not a mission document
     */
    public static Mission mission(Path data) throws IOException {
        Mission document = PeacekeepingJson.standard().readMission(data.resolve("unamir-v2.json"));
        MilitaryComponent.Builder military = MilitaryComponent.builder();
        PoliceComponent.Builder police = PoliceComponent.builder();
        List<Component> others = new ArrayList<>();
        for (Component component : document.components()) {
            if (component instanceof MilitaryComponent) {
                military.from((MilitaryComponent) component);
            } else if (component instanceof PoliceComponent) {
                police.from((PoliceComponent) component);
            } else {
                others.add(component);
            }
        }
        for (Map<String, String> row : CsvTable.rows(data.resolve("data_mission_unamir.csv"))) {
            LocalDate day = LocalDate.parse(row.get("Date"));
            total(military, TROOPS, day, row.get("Troops"));
            total(military, EXPERTS_ON_MISSION, day, row.get("Observers"));
            if (!row.get("Police").equals("NA")) {
                police.addTotal(PersonnelTotal.of(POLICE, day, Integer.parseInt(row.get("Police"))));
            }
        }
        List<Component> components = new ArrayList<>(List.of(military.build(), police.build()));
        components.addAll(others);
        return Mission.builder().from(document).components(components).build();
    }

    private static void total(MilitaryComponent.Builder military, MilitaryCategory category, LocalDate day, String cell) {
        if (!cell.equals("NA")) {
            military.addTotal(PersonnelTotal.of(category, day, Integer.parseInt(cell)));
        }
    }
}
