package io.github.peacekeeping.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void oneLineEscapesWhatBreaksOrHidesALineAsFindingsDo() {
        assertThat(Messages.oneLine("a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u2028i\u2029j"))
                .isEqualTo("a\\nb\\rc\\td\\u0000e\\u001bf\\u007fg\\u0085h\\u2028i\\u2029j");
    }

    @Test
    void oneLineKeepsEverythingElse() {
        String text = "Côte d'Ivoire \\ \"$1\" \u200f \ud83c\udf0d";

        assertThat(Messages.oneLine(text)).isSameAs(text);
    }

    @Test
    void describeSaysWhatWentWrongWithoutAClassName() {
        assertThat(Messages.describe(new NoSuchFileException("x.csv"))).isEqualTo("no such file or directory");
        assertThat(Messages.describe(new AccessDeniedException("x.csv"))).isEqualTo("permission denied");
        assertThat(Messages.describe(new NotDirectoryException("x"))).isEqualTo("not a directory");
        assertThat(Messages.describe(new FileAlreadyExistsException("x"))).isEqualTo("cannot be accessed");
        assertThat(Messages.describe(new FileSystemException("x", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
        assertThat(Messages.describe(new IOException("Is a directory"))).isEqualTo("Is a directory");
        assertThat(Messages.describe(new IOException())).isEqualTo("input or output failed");
        assertThat(Messages.describe(new IOException("two\nlines"))).isEqualTo("two\\nlines");
    }

    @Test
    void aFileNameThatIsNoPathIsAUsageErrorWithoutAClassName() {
        Cli.Result result = Cli.run("validate", "a\u0000b.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Invalid value for positional parameter at index 0..* (FILE): "
                + "not a file name: Nul character not allowed\n");
    }
}
