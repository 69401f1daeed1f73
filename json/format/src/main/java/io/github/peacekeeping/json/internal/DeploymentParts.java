package io.github.peacekeeping.json.internal;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.Deployment;
import io.github.peacekeeping.core.PersonnelCategory;
import java.time.LocalDate;

/**
 * The builder of a {@link Deployment}, made with the model's factory ({@link Deployment#of}) rather than
 * its builder: a mission document holds more deployments than anything else, and the factory builds and
 * checks one without a builder of its own. The reader has checked that the required fields are there;
 * the factory refuses what is not consistent.
 *
 * <p>A JSON Lines record's builder ({@link RecordParts}) is these parts with the mission's acronym added:
 * one object per record rather than two.
 *
 * <p>This class is not thread-safe, like every builder.
 *
 * @param <C> the category type
 */
sealed class DeploymentParts<C extends PersonnelCategory> permits RecordParts {

    private CountryCode contributor;
    private C category;
    private LocalDate date;
    private int total;
    private boolean splitBySex;
    private int female;

    final void contributor(CountryCode contributor) {
        this.contributor = contributor;
    }

    final void category(C category) {
        this.category = category;
    }

    final void date(LocalDate date) {
        this.date = date;
    }

    final void total(int total) {
        this.total = total;
    }

    final void female(int female) {
        this.splitBySex = true;
        this.female = female;
    }

    final Deployment<C> build() {
        return splitBySex ? Deployment.of(contributor, category, date, total, female)
                : Deployment.of(contributor, category, date, total);
    }
}
