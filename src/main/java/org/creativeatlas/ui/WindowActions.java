package org.creativeatlas.ui;

/** What the menus ask of the window as a whole: switch catalogue, switch language, quit. */
public interface WindowActions {

    void newCatalogue();

    void openCatalogue();

    void saveCatalogueAs();

    void switchLanguage(UiLanguage language);

    void quit();
}
