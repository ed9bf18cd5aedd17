package org.creativeatlas.logic.prefs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.creativeatlas.logic.FileReplacer;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team catalogue connected to last, offered again by File ▸ Connect to a team catalogue…: its server, port,
 * database, user and TLS mode in {@code last-server.json} beside the preferences. An address holds no password, so
 * none is ever written; it comes from PGPASSWORD or ~/.pgpass, or is asked for. Like the preferences, a file that
 * cannot be read or written is logged and forgotten.
 */
public final class LastServer {

    public static final String FILE = "last-server.json";
    private static final Logger LOG = LoggerFactory.getLogger(LastServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public LastServer(Path configDir) {
        this.file = configDir.resolve(FILE);
    }

    public Optional<ServerAddress> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServerAddress.class));
        } catch (IOException | StoreException e) {
            LOG.warn("Ignoring the unreadable last server {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(ServerAddress address) {
        try {
            Files.createDirectories(file.getParent());
            FileReplacer.write(file, out -> JSON.writeValue(out, address));
        } catch (IOException e) {
            LOG.warn("Cannot remember the last server in {}: {}", file, e.getMessage());
        }
    }
}
