package io.github.peacekeeping.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the library has its own code, whichever validator runs it, and its own description. */
class RuleCodesTest {

    @Test
    void codesAreUniqueAcrossValidators() {
        List<Rule> rules = new ArrayList<>(List.of(StandardRule.values()));
        rules.addAll(List.of(SuccessionRule.values()));
        rules.addAll(List.of(FatalityRule.values()));
        assertThat(rules).extracting(Rule::code).doesNotHaveDuplicates().allMatch(code -> code.matches("PK1[0-9]{2}"));
        assertThat(rules).extracting(Rule::description).doesNotHaveDuplicates();
        assertThat(List.of(SuccessionRule.values())).extracting(Rule::code).containsExactly("PK125", "PK126");
        assertThat(List.of(FatalityRule.values())).extracting(Rule::code).containsExactly("PK127", "PK128", "PK129", "PK130");
    }
}
