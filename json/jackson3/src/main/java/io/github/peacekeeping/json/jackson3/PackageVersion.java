package io.github.peacekeeping.json.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this module, as the build wrote it into {@code version.properties}. */
final class PackageVersion {

    static final Version VERSION = load();

    private PackageVersion() {
    }

    private static Version load() {
        Properties properties = new Properties();
        try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"),
                properties.getProperty("groupId"), properties.getProperty("artifactId"));
    }
}
