package org.creativeatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.store.Database;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version (from the jar's Maven metadata) and the file formats it reads. */
final class VersionProvider implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.creativeatlas/creative-atlas/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"Creative Atlas " + buildVersion(),
            "catalogue file format " + Database.latestSchemaVersion() + ", catalogue JSON format "
                + CatalogueDocument.VERSION};
    }

    private static String buildVersion() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "(development build)"; // classes run from the build folder carry no jar metadata
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "(unknown version)");
        }
    }
}
