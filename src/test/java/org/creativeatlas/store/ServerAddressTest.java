package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server addresses as researchers write them, and passwords found the standard PostgreSQL way. */
class ServerAddressTest {

    @TempDir
    Path dir;

    @Test
    void anAddressNamesServerPortDatabaseUserAndTls() {
        ServerAddress a = ServerAddress.parse("postgresql://alice@atlas.example.org:6543/atlas?sslmode=require");
        assertEquals(new ServerAddress("atlas.example.org", 6543, "atlas", "alice", "require"), a);
        assertEquals("postgresql://alice@atlas.example.org:6543/atlas?sslmode=require", a.toString());
        ServerAddress plain = ServerAddress.parse("postgresql://bob@localhost/atlas");
        assertEquals(5432, plain.port());
        assertEquals("prefer", plain.sslMode(), "TLS when the server offers it");
        assertEquals("atlas @ localhost", plain.displayName());
        assertTrue(ServerAddress.isAddress("postgresql://x/y"));
        assertFalse(ServerAddress.isAddress("postgresql.db"));
    }

    @Test
    void aPasswordInTheAddressAndUnknownSettingsAreRefused() {
        StoreException password = assertThrows(StoreException.class,
                () -> ServerAddress.parse("postgresql://alice:secret@localhost/atlas"));
        assertTrue(password.getMessage().contains("Leave the password out"), password.getMessage());
        assertFalse(password.getMessage().contains("secret"));
        assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://alice@localhost/atlas?sslmode=maybe"));
        assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://alice@localhost/atlas?password=x"));
        assertThrows(StoreException.class, () -> ServerAddress.parse("postgresql://alice@localhost/"));
    }

    @Test
    void theFirstMatchingLineOfPgpassGivesThePassword() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, """
                # comments and other servers are skipped
                other.example.org:5432:*:alice:wrong
                localhost:5432:atlas:alice:pa\\:ss\\\\word
                *:*:*:*:fallback
                """);
        ServerAddress alice = ServerAddress.parse("postgresql://alice@127.0.0.1/atlas");
        assertArrayEquals("pa:ss\\word".toCharArray(), PasswordFile.lookup(pgpass, alice).orElseThrow(),
                "localhost also matches the loopback address; \\: and \\\\ are escapes");
        assertArrayEquals("fallback".toCharArray(),
                PasswordFile.lookup(pgpass, alice.withUser("bob")).orElseThrow());
        assertTrue(PasswordFile.lookup(dir.resolve("missing"), alice).isEmpty());
    }
}
