package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchImporterTest {

    @TempDir
    Path dir;

    @Test
    void aBadFileIsReportedAndTheOthersAreImported() throws Exception {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Path empty = Files.createFile(dir.resolve("empty.md"));
        Path unknown = Files.writeString(dir.resolve("notes.xyz"), "Kazakh National Academy of Choreography");
        try (Catalogue catalogue = Catalogue.open(dir.resolve("atlas.db"))) {
            List<FileResult> results = new BatchImporter(new DocumentImporter(catalogue)).acceptAll(
                    List.of(SeedDocs.ENGLISH, binary, empty, unknown, SeedDocs.RUSSIAN), 0, BatchListener.NONE);

            assertEquals(List.of(true, false, false, false, true), results.stream().map(FileResult::isOk).toList());
            for (FileResult failed : results.subList(1, 4)) {
                assertTrue(failed.line().startsWith(failed.file().getFileName() + ": "), failed.line());
                assertFalse(failed.line().contains("\n"));
            }
            assertEquals(2, catalogue.sources().count());
            int created = results.get(0).summary().created() + results.get(4).summary().created();
            assertEquals(created, catalogue.actors().count());
        }
    }

    @Test
    void aCancelStopsBetweenFiles() {
        List<Path> started = new ArrayList<>();
        BatchListener cancelAfterFirst = new BatchListener() {
            private boolean cancelled;

            @Override
            public void started(int index, int total, Path file) {
                started.add(file);
            }

            @Override
            public void finished(int index, int total, FileResult result) {
                cancelled = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
        try (Catalogue catalogue = Catalogue.open(dir.resolve("atlas.db"))) {
            List<FileResult> results = new BatchImporter(new DocumentImporter(catalogue)).acceptAll(
                    List.of(SeedDocs.ENGLISH, SeedDocs.RUSSIAN, SeedDocs.KAZAKH), 0, cancelAfterFirst);

            assertEquals(List.of(SeedDocs.ENGLISH), started);
            assertEquals(1, results.size());
            assertEquals(1, catalogue.sources().count());
        }
    }

    @Test
    void aMinimumConfidenceLeavesTheWeakerCandidatesOut() throws Exception {
        try (Catalogue catalogue = Catalogue.open(dir.resolve("atlas.db"))) {
            DocumentImporter importer = new DocumentImporter(catalogue);
            ImportProposal proposal = importer.propose(SeedDocs.RUSSIAN);
            long strong = proposal.proposals().stream().filter(p -> p.candidate().confidence() >= 0.75).count();

            FileResult result = new BatchImporter(importer).acceptAll(List.of(SeedDocs.RUSSIAN), 0.75,
                    BatchListener.NONE).get(0);

            assertEquals(strong, result.summary().created());
            assertTrue(strong > 0 && strong < proposal.proposals().size());
        }
    }
}
