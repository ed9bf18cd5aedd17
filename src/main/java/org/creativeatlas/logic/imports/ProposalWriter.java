package org.creativeatlas.logic.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.logic.edit.ActorValidator;
import org.creativeatlas.logic.edit.AddedRows;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Source;
import org.creativeatlas.model.TextFold;
import org.creativeatlas.store.Catalogue;

/**
 * Stores one reviewed document inside the caller's transaction. Everything it adds is new to the catalogue: a
 * variant the actor already has, a passage already kept for the actor and source, or a link already there is not
 * added again, so re-running a document's extraction never duplicates.
 */
final class ProposalWriter {

    /** An actor created or merged into, with the names the matcher should learn for it. */
    record Learned(Actor actor, List<String> names) {
    }

    private final Catalogue catalogue;
    private final ImportProposal proposal;
    private final Map<Integer, Decision> decisions;
    private final List<Learned> learned = new ArrayList<>();
    private final List<Actor> addedActors = new ArrayList<>();
    private final List<NameVariant> addedVariants = new ArrayList<>();
    private final List<Mention> addedMentions = new ArrayList<>();
    private final List<Link> addedLinks = new ArrayList<>();
    private int created;
    private int merged;
    private int mentions;

    ProposalWriter(Catalogue catalogue, ImportProposal proposal, Map<Integer, Decision> decisions) {
        this.catalogue = catalogue;
        this.proposal = proposal;
        this.decisions = decisions;
    }

    /** What the matcher should learn once the transaction is committed. */
    List<Learned> learned() {
        return learned;
    }

    AcceptSummary write() {
        Source known = proposal.knownSource() != null ? proposal.knownSource()
                : catalogue.sources().bySha256(proposal.document().sha256()).orElse(null);
        Source source = known != null ? known : catalogue.sources().insert(proposal.document().toSource());
        long[] ids = new long[proposal.proposals().size()];
        for (Proposal p : proposal.proposals()) {
            Decision d = decisions.getOrDefault(p.index(), Decision.reject());
            ids[p.index()] = switch (d.action()) {
                case ACCEPT -> create(p, d.edited() != null ? d.edited().withId(0) : p.draft());
                case MERGE -> mergeInto(p, d.mergeInto());
                case REJECT -> 0;
            };
            if (ids[p.index()] != 0) {
                addMentions(ids[p.index()], source.id(), p.passages());
            }
        }
        int links = addLinks(ids);
        Set<Long> touched = new HashSet<>();
        learned.forEach(l -> touched.add(l.actor().id()));
        AddedRows added = new AddedRows(known != null ? null : source, addedActors, addedVariants, addedMentions,
                addedLinks);
        return new AcceptSummary(source.id(), known != null, created, merged,
                proposal.proposals().size() - created - merged, links, mentions, touched, added);
    }

    private long create(Proposal p, Actor actor) {
        ActorValidator.checkAll(actor).ifPresent(problem -> {
            throw new ValidationException(problem);
        });
        Actor stored = catalogue.actors().insert(actor);
        addedActors.add(stored);
        Set<String> names = new LinkedHashSet<>();
        names.add(p.candidate().name());
        names.addAll(p.candidate().variants());
        created++;
        learned.add(new Learned(stored, addVariants(stored, names)));
        return stored.id();
    }

    private long mergeInto(Proposal p, long actorId) {
        Actor existing = catalogue.actors().byId(actorId).orElseThrow(() -> new IllegalArgumentException(
                "no actor " + actorId + " to merge «" + p.candidate().name() + "» into"));
        Set<String> names = new LinkedHashSet<>();
        names.add(p.candidate().name());
        names.addAll(p.candidate().variants());
        merged++;
        learned.add(new Learned(existing, addVariants(existing, names)));
        return existing.id();
    }

    /** Adds the names the actor does not have yet (by folded text, its main name included); returns them. */
    private List<String> addVariants(Actor actor, Set<String> names) {
        Set<String> known = new HashSet<>();
        known.add(TextFold.fold(actor.name()).strip());
        catalogue.variants().of(actor.id()).forEach(v -> known.add(TextFold.fold(v.text()).strip()));
        List<String> added = new ArrayList<>();
        for (String name : names) {
            if (name != null && !name.isBlank() && known.add(TextFold.fold(name).strip())) {
                addedVariants.add(catalogue.variants().insert(new NameVariant(0, actor.id(), name.strip(),
                        VariantLanguage.of(name, proposal.document().language()))));
                added.add(name.strip());
            }
        }
        return added;
    }

    private void addMentions(long actorId, long sourceId, List<Passage> passages) {
        Set<String> kept = new HashSet<>();
        catalogue.mentions().of(actorId).stream().filter(m -> m.sourceId() == sourceId)
                .forEach(m -> kept.add(m.passage()));
        for (Passage passage : passages) {
            if (kept.add(passage.text())) {
                addedMentions.add(catalogue.mentions().insert(new Mention(0, actorId, sourceId, passage.text())));
                mentions++;
            }
        }
    }

    private int addLinks(long[] ids) {
        int added = 0;
        for (ProposedLink l : proposal.links()) {
            long from = ids[l.from()];
            long to = l.toExisting() ? l.existingId() : ids[l.to()];
            if (from == 0 || to == 0 || from == to) {
                continue;
            }
            Link link = Link.of(l.type(), from, to, l.role());
            boolean there = catalogue.links().of(from).stream().anyMatch(o -> o.type() == link.type()
                    && o.fromId() == from && o.toId() == to && Objects.equals(o.role(), link.role()));
            if (!there) {
                addedLinks.add(catalogue.links().insert(link));
                added++;
            }
        }
        return added;
    }
}
