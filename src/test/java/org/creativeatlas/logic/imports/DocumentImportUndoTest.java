package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.logic.edit.CatalogueEditor;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored document review is one undo step: undo takes out the source, the new actors and every name, mention and
 * link the review added (also those added to actors that were there before), redo puts them back with their ids.
 */
class DocumentImportUndoTest {

    /** A published Kazakh news item the seed catalogue does not hold. */
    private static final Path NEWS = Path.of("src", "test", "resources", "review-docs", "kk_el_kz_astana_hub.txt");

    @TempDir
    Path dir;

    /** Every row of the catalogue, to compare states. */
    private record Rows(List<Actor> actors, List<NameVariant> variants, List<Link> links, List<Mention> mentions,
                        List<Source> sources) {
        static Rows of(Catalogue c) {
            return new Rows(c.actors().all(), c.variants().all(), c.links().all(), c.mentions().all(),
                    c.sources().all());
        }
    }

    @Test
    void undoTakesOutEverythingTheReviewStoredAndRedoPutsItBack() throws Exception {
        try (Catalogue c = SeedCatalogue.openDefault(dir.resolve("atlas.db"))) {
            CatalogueEditor editor = new CatalogueEditor(c);
            Rows before = Rows.of(c);
            DocumentImporter importer = new DocumentImporter(c);
            ImportProposal proposal = importer.propose(NEWS);
            Map<Integer, Decision> decisions = new HashMap<>(AcceptAll.decisions(proposal, 0));
            Proposal merged = proposal.proposals().get(0);
            Actor existing = c.actors().ofType(merged.draft().type()).get(0);
            decisions.put(merged.index(), Decision.merge(existing.id()));

            AcceptSummary summary = importer.accept(proposal, decisions);
            editor.recordDocumentImport(summary.added());
            Rows after = Rows.of(c);
            assertTrue(summary.created() > 0 && summary.merged() > 0, summary.line());
            assertTrue(editor.canUndo());

            editor.undo();
            assertEquals(before, Rows.of(c), "the catalogue is as it was before the document");
            assertTrue(editor.canRedo());
            editor.redo();
            assertEquals(after, Rows.of(c), "the document's rows are back with their ids");
            assertNotEquals(before.mentions(), after.mentions());
        }
    }

    @Test
    void aDocumentAlreadyASourceKeepsItsSourceWhenUndone() throws Exception {
        try (Catalogue c = SeedCatalogue.openDefault(dir.resolve("atlas.db"))) {
            CatalogueEditor editor = new CatalogueEditor(c);
            DocumentImporter importer = new DocumentImporter(c);
            ImportProposal proposal = importer.propose(Path.of("seeds", "001_0f293abc41f6a8a0.txt"));
            assertTrue(proposal.alreadyImported());
            Rows before = Rows.of(c);

            AcceptSummary summary = importer.accept(proposal, AcceptAll.decisions(proposal, 0));
            editor.recordDocumentImport(summary.added());
            editor.undo();

            assertEquals(before, Rows.of(c));
        }
    }
}
