package org.creativeatlas.logic.imports;

import org.creativeatlas.model.LinkType;

/**
 * A link the document suggests, from proposal {@code from} to proposal {@code to} or, when {@code to} is -1, to the
 * existing actor {@code existingId}. It is stored only when both ends are accepted or merged. {@code role} is free
 * text for an affiliation and a participation role code for a participation.
 */
public record ProposedLink(LinkType type, int from, int to, long existingId, String role) {

    public static ProposedLink toProposal(LinkType type, int from, int to, String role) {
        return new ProposedLink(type, from, to, 0, role);
    }

    public static ProposedLink toExisting(LinkType type, int from, long existingId, String role) {
        return new ProposedLink(type, from, -1, existingId, role);
    }

    public boolean toExisting() {
        return to < 0;
    }

    /** Whether the link touches the proposal. */
    public boolean involves(int proposal) {
        return from == proposal || to == proposal;
    }
}
