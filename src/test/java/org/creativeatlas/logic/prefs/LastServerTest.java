package org.creativeatlas.logic.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.creativeatlas.store.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastServerTest {

    @TempDir
    Path dir;

    @Test
    void theAddressComesBackAsItWasWithNamesAnAddressCannotCarryPlainly() {
        ServerAddress address = new ServerAddress("db.example.kz", 6543, "атлас команда", "o'brien; --", "require");
        new LastServer(dir.resolve("config")).save(address);
        assertEquals(Optional.of(address), new LastServer(dir.resolve("config")).load());
    }

    @Test
    void nothingIsRememberedBeforeTheFirstConnection() {
        assertTrue(new LastServer(dir).load().isEmpty());
    }

    @Test
    void theFileHoldsTheAddressAndNoPassword() throws IOException {
        new LastServer(dir).save(new ServerAddress("localhost", 5432, "atlas", "aigerim", "prefer"));
        String text = Files.readString(dir.resolve(LastServer.FILE));
        assertTrue(text.contains("aigerim"));
        assertFalse(text.toLowerCase().contains("password"));
    }

    @Test
    void aDamagedOrInvalidFileIsForgotten() throws IOException {
        Files.writeString(dir.resolve(LastServer.FILE), "{\"host\":\"localhost\",\"port\":99999,\"database\":\"a\"");
        assertTrue(new LastServer(dir).load().isEmpty());
        Files.writeString(dir.resolve(LastServer.FILE), "{\"host\":\"localhost\",\"port\":99999,\"database\":\"a\","
                + "\"user\":\"u\",\"sslMode\":\"prefer\"}");
        assertTrue(new LastServer(dir).load().isEmpty(), "port 99999 is refused as the address itself refuses it");
    }
}
