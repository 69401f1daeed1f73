package io.github.peacekeeping.core.validation;

import io.github.peacekeeping.core.CountryCode;
import io.github.peacekeeping.core.FieldNames;
import io.github.peacekeeping.core.Mission;
import io.github.peacekeeping.core.fatality.Fatality;
import io.github.peacekeeping.core.fatality.FatalityCategory;
import java.util.List;
import java.util.function.Consumer;

/**
 * PK129: a fatality's nationality names a state on a day it did not exist ({@link CountryCode#existedOn}).
 * INFORMATION for local staff, whom the UN records by their territory (Timor-Leste before independence).
 */
final class NationalityOutOfTime implements FatalityCheck {

    @Override
    public void check(Rule rule, Mission mission, List<Fatality> fatalities, Consumer<? super Finding> findings) {
        for (int i = 0; i < fatalities.size(); i++) {
            Fatality fatality = fatalities.get(i);
            if (!FatalityCheck.isOf(mission, fatality) || fatality.nationality().isEmpty()
                    || fatality.nationality().get().existedOn(fatality.date())) {
                continue;
            }
            CountryCode country = fatality.nationality().get();
            boolean local = fatality.category() == FatalityCategory.LOCAL;
            findings.accept(Finding.of(rule, local ? Severity.INFORMATION : rule.severity(),
                    Pointer.of(i, FieldNames.NATIONALITY), fatality.casualtyId() + " names " + country.code() + " ("
                            + country.name() + ") on " + fatality.date() + ", outside its existence "
                            + CountryCodeOutOfTime.periods(country)
                            + (local ? ": local staff are recorded by their territory" : "")));
        }
    }
}
