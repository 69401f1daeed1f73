package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class HelpTest {

    /** Every subcommand the program has, with each way of asking for help. */
    static Stream<Arguments> subcommandsAndHelpOptions() {
        return new CommandLine(new PeacekeepingCli()).getSubcommands().keySet().stream()
                .flatMap(name -> Stream.of(Arguments.of(name, "-h"), Arguments.of(name, "--help")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("subcommandsAndHelpOptions")
    void everySubcommandAnswersHelpWithItsUsageAndExitsWithZero(String subcommand, String option) {
        Cli.Result result = Cli.run(subcommand, option);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: peacekeeping-examples " + subcommand + " [-h");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theProgramsHelpNamesEverySubcommand() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Commands:\n  tour ", "\n  validate ", "\n  catalogue ",
                "\n  import-contributions ", "\n  help ");
    }
}
