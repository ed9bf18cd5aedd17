package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupException;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.StoreException;
import org.junit.jupiter.api.Test;

/** The window says a failure's reason in its language where the failure carries one, else in the words it came in. */
class ReasonsTest {

    private static final Messages KAZAKH = UiLanguage.KK.messages();
    private static final Messages RUSSIAN = UiLanguage.RU.messages();

    @Test
    void aReasonWithAProblemIsSaidInTheWindowsLanguage() {
        BackupException backup = new BackupException(Problem.of("backup.error.write", "/home/aigerim/backups",
                Problem.of("file.reason.denied")), null);
        assertEquals("/home/aigerim/backups қалтасына сақтық көшірме жазу мүмкін емес: қатынауға рұқсат жоқ. Каталог "
                + "өзгертілмеді.", Reasons.of(backup, KAZAKH));
        assertEquals("Нельзя записать резервную копию в /home/aigerim/backups: нет прав доступа. Каталог не изменён.",
                Reasons.of(backup, RUSSIAN));
        assertEquals("Cannot write a backup to /home/aigerim/backups: permission denied. The catalogue was left "
                + "unchanged.", backup.getMessage());
    }

    @Test
    void aFolderThatCannotBeReadNamesItsPathAndWhy() {
        UncheckedIOException e = new UncheckedIOException(new AccessDeniedException("/home/aigerim/құжаттар"));
        assertEquals("/home/aigerim/құжаттар: қатынауға рұқсат жоқ", Reasons.of(e, KAZAKH));
        assertEquals("дискіде орын жоқ", Reasons.ofWrite(new IOException("No space left on device"), KAZAKH));
    }

    @Test
    void aReasonWithoutOneKeepsItsWords() {
        assertEquals("Unknown setting \"x\" in the address: only sslmode and user.",
                Reasons.of(new StoreException("Unknown setting \"x\" in the address: only sslmode and user."), KAZAKH));
        assertEquals("Input/output error", Reasons.ofWrite(new IOException("Input/output error"), KAZAKH));
    }
}
