package org.creativeatlas.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, from the jar's Maven metadata, for the command line's --version and the About box. */
public final class BuildInfo {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.creativeatlas/creative-atlas/pom.properties";

    private BuildInfo() {
    }

    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "(development build)"; // classes run from the build folder carry no jar metadata
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
