package org.creativeatlas.logic.imports;

import java.nio.file.Path;

/** The five seed documents, copied among the test resources. */
final class SeedDocs {

    static final Path DIR = Path.of("src", "test", "resources", "seeds-docs");
    /** English news: a round table of a Kazakh academy, with professors named by initials. */
    static final Path ENGLISH = DIR.resolve("001_0f293abc41f6a8a0.txt");
    /** Russian news: a Kyrgyz project and its long lists of partners. */
    static final Path RUSSIAN = DIR.resolve("004_f6411042fb46b172.txt");
    /** Kazakh trip report. */
    static final Path KAZAKH = DIR.resolve("000_69aca01674ece063.txt");

    private SeedDocs() {
    }
}
