package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creativeatlas.logic.extract.Candidate.Span;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offsets a review marks index the text the catalogue stores: over the seed documents and published news
 * items, every name and every sentence of every candidate is where its offsets say, in the text read and in the
 * source stored, and the mentions stored are those sentences.
 */
class PassageOffsetsTest {

    @TempDir
    Path dir;

    @Test
    void namesAndSentencesAreAtTheirOffsetsInTheStoredText() throws Exception {
        int checked = 0;
        for (Path file : documents()) {
            Path db = dir.resolve(file.getFileName() + ".db");
            ImportProposal proposal;
            Map<Integer, Long> actorOf = new HashMap<>();
            try (Catalogue catalogue = Catalogue.open(db)) {
                DocumentImporter importer = new DocumentImporter(catalogue);
                proposal = importer.propose(file);
                String text = proposal.document().text();
                for (Proposal p : proposal.proposals()) {
                    checkOffsets(file, text, p);
                    checked++;
                }
                importer.accept(proposal, AcceptAll.decisions(proposal, 0));
                for (Proposal p : proposal.proposals()) {
                    catalogue.actors().all().stream().filter(a -> a.name().equals(p.draft().name())
                            && a.type() == p.draft().type()).findFirst().ifPresent(a -> actorOf.put(p.index(), a.id()));
                }
            }
            try (Catalogue reopened = Catalogue.open(db)) {
                Source source = reopened.sources().all().get(0);
                assertEquals(proposal.document().text(), source.text(), file + ": the source keeps the text read");
                for (Proposal p : proposal.proposals()) {
                    Long actor = actorOf.get(p.index());
                    if (actor == null) {
                        continue;
                    }
                    Set<String> stored = reopened.mentions().of(actor).stream().map(Mention::passage)
                            .collect(Collectors.toSet());
                    for (Passage passage : p.passages()) {
                        String at = source.text().substring(passage.span().start(), passage.span().end());
                        assertTrue(stored.contains(at), file + ": «" + at + "» is a stored mention of " + p.draft().name());
                    }
                }
            }
        }
        assertTrue(checked > 100, "candidates checked: " + checked);
    }

    private static void checkOffsets(Path file, String text, Proposal p) {
        String where = file.getFileName() + ", " + p.candidate().name() + ": ";
        assertFalse(p.passages().isEmpty(), where + "has a passage");
        for (Passage passage : p.passages()) {
            assertEquals(passage.text(), text.substring(passage.span().start(), passage.span().end()), where);
            assertEquals(passage.text().strip(), passage.text(), where + "a sentence without outer spaces");
        }
        for (Span name : p.candidate().passages()) {
            String named = text.substring(name.start(), name.end());
            assertFalse(named.isBlank(), where + "a name at " + name);
            assertTrue(name.start() == 0 || !Character.isLetterOrDigit(text.codePointBefore(name.start())),
                    where + "«" + named + "» starts at a word's start");
            assertTrue(name.end() == text.length() || !Character.isLetterOrDigit(text.codePointAt(name.end())),
                    where + "«" + named + "» ends at a word's end");
            assertTrue(p.passages().stream().anyMatch(s -> s.span().start() <= name.start()
                    && name.end() <= s.span().end()), where + "«" + named + "» lies in one of its sentences");
        }
    }

    /** The seed documents and the published news items of the review tests. */
    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds"), Path.of("src", "test", "resources", "review-docs"))) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
