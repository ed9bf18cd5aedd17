package org.creativeatlas.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.creativeatlas.logic.exchange.CatalogueDocument;
import org.creativeatlas.logic.exchange.CatalogueImporter;
import org.creativeatlas.logic.exchange.CatalogueJson;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-run catalogue: when the default catalogue does not exist yet it is built from the seed catalogue
 * shipped in the jar ({@code seeds/catalogue.json}): written beside it under a temporary name and moved into place
 * when complete, so an interrupted first run never leaves a half-seeded default.
 */
public final class SeedCatalogue {

    static final String RESOURCE = "/seeds/catalogue.json";
    private static final Logger LOG = LoggerFactory.getLogger(SeedCatalogue.class);

    private SeedCatalogue() {
    }

    /** Opens the default catalogue, creating and seeding it first if it does not exist. */
    public static Catalogue openDefault(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return Catalogue.open(file);
    }

    /** The texts of the seed catalogue's sources: real published documents in English, Russian and Kazakh. */
    public static List<String> sourceTexts() {
        try (InputStream in = SeedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return CatalogueJson.read(in).sources().stream().map(CatalogueDocument.SourceJson::text).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void create(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StoreException(Problem.of("seed.error.folder", file.toString(), String.valueOf(e.getMessage())),
                    "Cannot create the folder for the catalogue " + file + ": " + e.getMessage(), e);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".seeding");
        deleteQuietly(partial);
        try (Catalogue catalogue = Catalogue.open(partial); InputStream in = SeedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("No seed catalogue in this build; starting with an empty catalogue");
            } else {
                new CatalogueImporter().importDocument(catalogue, CatalogueJson.read(in));
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(Problem.of("seed.error.create", file.toString(), String.valueOf(e.getMessage())),
                    "Cannot create the catalogue " + file + ": " + e.getMessage(), e);
        }
        LOG.info("Created the default catalogue {} from the seed catalogue", file);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: a leftover partial file is replaced next time
            }
        }
    }
}
