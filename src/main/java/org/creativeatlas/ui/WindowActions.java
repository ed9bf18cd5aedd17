package org.creativeatlas.ui;

import java.nio.file.Path;
import java.util.List;

/** What the menus ask of the window as a whole: switch catalogue, import documents, switch language, quit. */
public interface WindowActions {

    void newCatalogue();

    void openCatalogue();

    void saveCatalogueAs();

    void importDocuments();

    void importFolder();

    /** Imports files and folders (dropped on the window or chosen), each document reviewed before it is stored. */
    void importFiles(List<Path> paths);

    /** Edit ▸ Find duplicates…: candidate pairs of the catalogue, merged through the window's undo history. */
    void findDuplicates();

    /** File ▸ Restore backup…: the chosen backup replaces the catalogue's content, then the window reloads. */
    void restoreBackup();

    void switchLanguage(UiLanguage language);

    void quit();
}
