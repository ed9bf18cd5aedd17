package org.creativeatlas.logic.imports;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<Named> named = named();
        List<ProposedLink> out = new ArrayList<>();
        for (Proposal event : proposals) {
            if (event.candidate().type() != ActorType.EVENT) {
                continue;
            }
            for (Span eventSpan : event.candidate().passages()) {
                Span sentence = Passages.sentence(text, eventSpan);
                // the names within the sentence, found by where they start, in the order the proposals give them
                List<Named> within = new ArrayList<>();
                for (int k = firstFrom(named, sentence.start()); k < named.size()
                        && named.get(k).span().start() < sentence.end(); k++) {
                    Span span = named.get(k).span();
                    if (span.end() <= sentence.end() && !overlaps(span, eventSpan)) {
                        within.add(named.get(k));
                    }
                }
                within.sort(Comparator.comparingInt(Named::order));
                for (Named n : within) {
                    ParticipationWords.roleNear(text, sentence, n.span()).ifPresent(role -> out.add(
                            ProposedLink.toProposal(LinkType.PARTICIPATION, n.proposal().index(), event.index(), role)));
                }
            }
        }
        return out;
    }

    /** A passage of an organisation or person, and its place in the proposals' order of passages. */
    private record Named(Proposal proposal, Span span, int order) {
    }

    /** The passages of every organisation and person, by where they start. */
    private List<Named> named() {
        List<Named> named = new ArrayList<>();
        for (Proposal p : proposals) {
            ActorType type = p.candidate().type();
            if (type == ActorType.ORGANISATION || type == ActorType.PERSON) {
                p.candidate().passages().forEach(span -> named.add(new Named(p, span, named.size())));
            }
        }
        named.sort(Comparator.comparingInt((Named n) -> n.span().start()));
        return named;
    }

    /** The first passage starting at or after {@code start}. */
    private static int firstFrom(List<Named> named, int start) {
        int lo = 0;
        int hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).span().start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
