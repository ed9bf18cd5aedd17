package org.creativeatlas.cli;

import org.creativeatlas.logic.BuildInfo;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.store.Database;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version (from the jar's Maven metadata) and the file formats it reads. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Creative Atlas " + BuildInfo.version(),
            "catalogue file format " + Database.latestSchemaVersion() + ", catalogue JSON format "
                + CatalogueDocument.VERSION};
    }
}
