package org.creativeatlas.logic.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.documents.DocumentReader;
import org.creativeatlas.logic.documents.ReadDocument;
import org.creativeatlas.logic.extract.ActorExtractor;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.logic.match.ActorMatcher;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;

/**
 * One import run into a catalogue: reads documents, proposes their candidates with matches, drafts, passages and
 * links, and stores what the review accepted. The matcher is built once per run and learns every actor accepted,
 * so a later document of the same run matches the earlier one's actors. Methods are synchronized: the review may
 * propose on a background thread and accept on another.
 */
public final class DocumentImporter {

    private final Catalogue catalogue;
    private final DocumentReader reader;
    private final ActorExtractor extractor;
    private ActorMatcher matcher;

    public DocumentImporter(Catalogue catalogue) {
        this(catalogue, new DocumentReader(), new ActorExtractor());
    }

    public DocumentImporter(Catalogue catalogue, DocumentReader reader, ActorExtractor extractor) {
        this.catalogue = catalogue;
        this.reader = reader;
        this.extractor = extractor;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** Reads a file and proposes what it names; a file that cannot be read throws with a one-line message. */
    public synchronized ImportProposal propose(Path file) throws DocumentException {
        return propose(reader.read(file));
    }

    /** Proposes what an already read document names. Writes nothing. */
    public synchronized ImportProposal propose(ReadDocument document) {
        Source known = catalogue.sources().bySha256(document.sha256()).orElse(null);
        ActorMatcher m = matcher();
        List<Proposal> proposals = new ArrayList<>();
        for (Candidate c : extractor.extract(document.text())) {
            proposals.add(new Proposal(proposals.size(), c, m.matches(c.type(), c.name(), c.variants(), c.country()),
                    Drafts.of(c), Passages.of(document.text(), c.passages())));
        }
        return new ImportProposal(document, known, proposals, new LinkFinder(document.text(), proposals, m).find());
    }

    /**
     * Stores the reviewed proposal in one transaction: the source (or the known one), accepted actors with their name
     * variants, merged names as variants of existing actors, a mention per passage of each accepted or merged actor
     * and the proposed links whose both ends are kept. Proposals without a decision are rejected. On any failure
     * nothing is stored and the exception is thrown.
     */
    public synchronized AcceptSummary accept(ImportProposal proposal, Map<Integer, Decision> decisions) {
        ProposalWriter[] writer = new ProposalWriter[1];
        AcceptSummary summary = catalogue.db().inTransaction(() -> {
            // a writer of its own for each run: the transaction runs again if it met the file busy part-way
            writer[0] = new ProposalWriter(catalogue, proposal, decisions);
            return writer[0].write();
        });
        // only what was committed is learned, so a failed file leaves the matcher as it was too
        writer[0].learned().forEach(l -> matcher().add(l.actor(), l.names()));
        return summary;
    }

    /** The matcher of this run, built from the catalogue on first use. */
    private ActorMatcher matcher() {
        if (matcher == null) {
            matcher = ActorMatcher.of(catalogue);
        }
        return matcher;
    }
}
