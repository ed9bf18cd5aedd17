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

    void switchLanguage(UiLanguage language);

    void quit();
}
