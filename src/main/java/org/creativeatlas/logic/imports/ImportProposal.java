package org.creativeatlas.logic.imports;

import java.util.List;
import org.creativeatlas.logic.documents.ReadDocument;
import org.creativeatlas.model.Source;

/**
 * What importing a document would add, for review: the document, the source it already is in the catalogue (same
 * SHA-256; null when new — accepting then reuses it rather than storing a duplicate), one proposal per candidate and
 * the links between them.
 */
public record ImportProposal(ReadDocument document, Source knownSource, List<Proposal> proposals,
                             List<ProposedLink> links) {

    public ImportProposal {
        proposals = List.copyOf(proposals);
        links = List.copyOf(links);
    }

    /** Whether the same document was imported before (the review may offer to re-run extraction). */
    public boolean alreadyImported() {
        return knownSource != null;
    }

    public List<ProposedLink> linksOf(int proposal) {
        return links.stream().filter(l -> l.involves(proposal)).toList();
    }
}
