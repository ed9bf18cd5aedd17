package org.creativeatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.SaidInEveryLanguage;
import org.creativeatlas.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reason the catalogue or its server gives while in use (a full disk, a read-only disk, a file another program
 * keeps busy, a server that cannot be reached, refuses or drops the connection) carries a problem the window says
 * in its language, and its English, which the command line prints, is the English bundle's sentence.
 */
class StoreReasonsTest {

    private static final Messages KAZAKH = new Messages(Locale.forLanguageTag("kk"));
    private static final Messages RUSSIAN = new Messages(Locale.forLanguageTag("ru"));
    private static final ServerAddress SERVER = new ServerAddress("atlas.example.kz", 5433, "atlas", "aigerim", null);

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsSaidInKazakh() {
        StoreException e = SqliteFailures.diskFull(dir.resolve("atlas.db"), null);
        assertEquals(StoreException.Kind.DISK_FULL, e.kind());
        Problem problem = assertSaid(e, "store.disk_full");
        assertEquals(dir.toAbsolutePath() + " орналасқан диск толып қалды: мұның ешқайсысы сақталмады. Сол дискіде "
                + "орын босатып, қайталап көріңіз.", KAZAKH.problem(problem));
        assertEquals("The disk holding " + dir.toAbsolutePath() + " is full: nothing of this was stored. Free some "
                + "space there and try again.", e.getMessage(), "the command line's words are as before");
    }

    @Test
    void sqliteFailuresWhileInUse() {
        Path file = dir.resolve("atlas.db");
        assertSaid(SqliteFailures.of(file, new SQLException("[SQLITE_FULL] database or disk is full", null, 13)),
                "store.disk_full");
        StoreException other = SqliteFailures.of(file, new SQLException("[SQLITE_PROTOCOL] locking protocol", null, 15));
        assertSaid(other, "store.failed");
        assertEquals("Cannot use the catalogue atlas.db: [SQLITE_PROTOCOL] locking protocol", other.getMessage());
        assertSaid(ReadOnlyMount.fileSystem(file, null), "store.read_only");
        assertSaid(StoreException.stopped(null), "store.stopped");
    }

    @Test
    void aCatalogueKeptBusySaysForHowLongInTheWindowsLanguage() {
        for (Duration wait : List.of(Duration.ofSeconds(2), Duration.ofMillis(150))) {
            BusyRetry retry = new BusyRetry(dir.resolve("atlas.db"), wait);
            StoreException e = assertThrows(StoreException.class, () -> retry.run(() -> {
                throw new StoreException("busy", StoreException.Kind.BUSY);
            }));
            assertEquals(StoreException.Kind.BUSY, e.kind());
            Problem problem = assertSaid(e, "store.kept_busy");
            String russian = RUSSIAN.problem(problem);
            assertTrue(russian.contains(wait.toMillis() % 1000 == 0 ? " 2 с:" : " 150 мс:"), russian);
        }
    }

    @Test
    void aServerThatCannotBeReachedOrRefusesOrDrops() {
        assertSaid(ServerSession.failure(SERVER, new SQLException("Connection refused", "08001",
                new ConnectException("Connection refused"))), "store.server.unreachable");
        assertSaid(ServerSession.failure(SERVER, new SQLException("password authentication failed", "28P01")),
                "store.server.password");
        assertSaid(ServerSession.failure(SERVER, new SQLException("no pg_hba.conf entry", "28000")),
                "store.server.not_let_in");
        assertSaid(ServerSession.failure(SERVER, new SQLException("database \"atlas\" does not exist", "3D000")),
                "store.server.no_database");
        assertSaid(ServerSession.failure(SERVER, new SQLException("permission denied for table actor", "42501")),
                "store.server.read_only_role");
        assertSaid(ServerSession.failure(SERVER, new SQLException("terminating connection", "57P01")),
                "store.server.failed");
        Problem unreachable = ServerSession.failure(SERVER, new SQLException("Connection refused", "08001",
                new ConnectException("Connection refused"))).problem().orElseThrow();
        assertEquals("atlas.example.kz:5433 серверіне қосылу мүмкін емес (Connection refused). Сервер іске қосылған "
                + "ба және мекенжай дұрыс па?", KAZAKH.problem(unreachable), "the port is not grouped as a number");
    }

    @Test
    void anAddressTheConnectDialogRefuses() {
        assertSaid(assertThrows(StoreException.class, () -> new ServerAddress("host", 5432, " ", "user", null)),
                "store.server.incomplete");
        assertSaid(assertThrows(StoreException.class, () -> new ServerAddress("host", 70000, "atlas", "user", null)),
                "store.server.bad_port");
    }

    @Test
    void backupsThatCannotBeRead() throws Exception {
        assertSaid(assertThrows(StoreException.class, () -> OnlineBackup.inspect(dir.resolve("none.db"))),
                "store.backup.missing");
        try (Catalogue catalogue = Catalogue.open(dir.resolve("atlas.db"))) {
            Path taken = dir.resolve("copy.db");
            OnlineBackup.backup(catalogue.db(), taken);
            assertSaid(assertThrows(StoreException.class, () -> OnlineBackup.backup(catalogue.db(), taken)),
                    "store.backup.exists");
        }
    }

    private static Problem assertSaid(StoreException e, String key) {
        Problem problem = e.problem().orElseThrow(() -> new AssertionError("no reason to translate: " + e.getMessage()));
        assertEquals(key, problem.key(), e.getMessage());
        assertEquals(Messages.english(problem), e.getMessage(), "the command line's English is the bundle's");
        SaidInEveryLanguage.assertSaid(problem);
        return problem;
    }
}
