package org.creativeatlas.ui;

import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;

/** What the menus ask of the window as a whole: switch catalogue, import documents, switch language, quit. */
public interface WindowActions {

    void newCatalogue();

    void openCatalogue();

    void saveCatalogueAs();

    /** File ▸ Connect to a team catalogue…: a catalogue on a PostgreSQL server, shared with colleagues. */
    void connectToServer();

    void importDocuments();

    void importFolder();

    /** Imports files and folders (dropped on the window or chosen), each document reviewed before it is stored. */
    void importFiles(List<Path> paths);

    /** File ▸ Import spreadsheet…: the wizard that maps a CSV or XLSX file's columns and imports its rows. */
    void importSpreadsheet();

    /** File ▸ Export table…: the given rows and columns, as a table shows them, to CSV or XLSX. */
    void exportTable(ActorType type, List<Actor> rows, List<ActorField> columns);

    /** Edit ▸ Find duplicates…: candidate pairs of the catalogue, merged through the window's undo history. */
    void findDuplicates();

    /** File ▸ Restore backup…: the chosen backup replaces the catalogue's content, then the window reloads. */
    void restoreBackup();

    void switchLanguage(UiLanguage language);

    void quit();
}
