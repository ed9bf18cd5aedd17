package org.creativeatlas.logic.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.logic.extract.Candidate.Span;
import org.creativeatlas.logic.match.ActorMatcher;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.TextFold;

/**
 * The links a document states, kept conservative since the reviewer accepts them with the actors: a person works at
 * the organisation their affiliation names (another candidate, else an existing actor that matches as the same), and
 * an organisation or person takes part in an event named in the same sentence with a word saying how
 * ({@link ParticipationWords}).
 */
final class LinkFinder {

    private final String text;
    private final List<Proposal> proposals;
    private final ActorMatcher matcher;

    LinkFinder(String text, List<Proposal> proposals, ActorMatcher matcher) {
        this.text = text;
        this.proposals = proposals;
        this.matcher = matcher;
    }

    List<ProposedLink> find() {
        Set<ProposedLink> links = new LinkedHashSet<>();
        Map<String, Proposal> organisations = organisationsByName();
        for (Proposal p : proposals) {
            if (p.candidate().type() == ActorType.PERSON && p.candidate().affiliation() != null) {
                affiliation(p, organisations).ifPresent(links::add);
            }
        }
        links.addAll(participations());
        return new ArrayList<>(links);
    }

    private Map<String, Proposal> organisationsByName() {
        Map<String, Proposal> out = new HashMap<>();
        for (Proposal p : proposals) {
            if (p.candidate().type() == ActorType.ORGANISATION) {
                out.putIfAbsent(TextFold.fold(p.candidate().name()), p);
                p.candidate().variants().forEach(v -> out.putIfAbsent(TextFold.fold(v), p));
            }
        }
        return out;
    }

    private Optional<ProposedLink> affiliation(Proposal person, Map<String, Proposal> organisations) {
        Candidate c = person.candidate();
        Proposal org = organisations.get(TextFold.fold(c.affiliation()));
        if (org != null) {
            return Optional.of(ProposedLink.toProposal(LinkType.AFFILIATION, person.index(), org.index(),
                    c.role()));
        }
        List<Match> matches = matcher.matches(ActorType.ORGANISATION, c.affiliation(), List.of(), c.country());
        return matches.isEmpty() || !matches.get(0).isSame() ? Optional.empty()
                : Optional.of(ProposedLink.toExisting(LinkType.AFFILIATION, person.index(),
                        matches.get(0).actor().id(), c.role()));
    }

    /** For each sentence naming an event, the organisations and people named in it with a participation word. */
    private List<ProposedLink> participations() {
        List<ProposedLink> out = new ArrayList<>();
        for (Proposal event : proposals) {
            if (event.candidate().type() != ActorType.EVENT) {
                continue;
            }
            for (Span eventSpan : event.candidate().passages()) {
                Span sentence = Passages.sentence(text, eventSpan);
                for (Proposal other : proposals) {
                    ActorType type = other.candidate().type();
                    if (type != ActorType.ORGANISATION && type != ActorType.PERSON) {
                        continue;
                    }
                    for (Span span : other.candidate().passages()) {
                        if (span.start() >= sentence.start() && span.end() <= sentence.end() && !overlaps(span, eventSpan)) {
                            ParticipationWords.roleNear(text, sentence, span).ifPresent(role -> out.add(
                                    ProposedLink.toProposal(LinkType.PARTICIPATION, other.index(), event.index(), role)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
