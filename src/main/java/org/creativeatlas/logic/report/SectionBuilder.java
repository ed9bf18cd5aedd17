package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.graph.EdgeType;
import org.creativeatlas.logic.graph.GraphEdge;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.OrganisationKind;

/**
 * Builds each country's section: sorts its actors, finds people's institutions and the links across the border.
 * An actor of a country outside the report's scope is never named: a link to it shows only its country.
 */
final class SectionBuilder {

    private final ReportLabels labels;
    private final ReportOptions options;
    private final Map<Long, Actor> byId;
    private final ActorGraph graph;
    private final Citations citations;
    private final NameKeys names;
    private final Comparator<Actor> byName;

    SectionBuilder(ReportLabels labels, ReportOptions options, Map<Long, Actor> byId, ActorGraph graph,
                   Citations citations, NameKeys names) {
        this.labels = labels;
        this.options = options;
        this.byId = byId;
        this.graph = graph;
        this.citations = citations;
        this.names = names;
        this.byName = names.by(Actor::name);
    }

    CountrySection build(String code, List<Actor> actors) {
        Map<ActorType, List<Actor>> byType = new EnumMap<>(ActorType.class);
        for (ActorType type : ActorType.values()) {
            byType.put(type, new ArrayList<>());
        }
        actors.forEach(a -> byType.get(a.type()).add(a));
        byType.values().forEach(list -> list.sort(byName));
        byType.get(ActorType.EVENT).sort(Comparator.comparing(Actor::startDate,
                Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(byName));
        List<CountrySection.PersonEntry> people = byType.get(ActorType.PERSON).stream()
                .map(p -> new CountrySection.PersonEntry(p, institutions(p))).toList();
        List<CountrySection.PlatformEntry> platforms = byType.get(ActorType.PLATFORM).stream()
                .map(p -> new CountrySection.PlatformEntry(p, operator(p))).toList();
        List<CountrySection.CrossLink> links = code == null ? List.of() : crossLinks(code, actors);
        Map<String, Integer> partners = new LinkedHashMap<>();
        links.forEach(l -> partners.merge(l.partnerCountry(), 1, Integer::sum));
        int withSource = (int) actors.stream().filter(a -> !citations.of(a.id()).isEmpty()).count();
        List<Integer> sources = actors.stream().flatMap(a -> citations.of(a.id()).stream()).distinct().sorted()
                .toList();
        return new CountrySection(code, labels.country(code), byKind(byType.get(ActorType.ORGANISATION)),
                platforms, byType.get(ActorType.EVENT), people, links, partners, withSource, sources);
    }

    /** Organisations grouped by kind in the code list's order; unknown kinds after, no kind last. */
    private Map<String, List<Actor>> byKind(List<Actor> organisations) {
        Map<String, List<Actor>> groups = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            groups.put(kind.code(), new ArrayList<>());
        }
        organisations.forEach(o -> groups.computeIfAbsent(o.kind() == null ? "" : o.kind(), k -> new ArrayList<>())
                .add(o));
        List<Actor> noKind = groups.remove("");
        if (noKind != null) {
            groups.put("", noKind);
        }
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private String operator(Actor platform) {
        Actor operator = platform.operatorId() == null ? null : byId.get(platform.operatorId());
        return operator == null ? null : nameInScope(operator);
    }

    /** "Role, Institution; Institution" from the person's affiliations. */
    private String institutions(Actor person) {
        List<String> parts = new ArrayList<>();
        for (GraphEdge edge : graph.edgesOf(person.id())) {
            if (edge.type() == EdgeType.AFFILIATION && edge.from() == person.id()) {
                String where = nameInScope(byId.get(edge.to()));
                parts.add(edge.role() == null || edge.role().isBlank() ? where : edge.role() + ", " + where);
            }
        }
        return String.join("; ", parts);
    }

    private List<CountrySection.CrossLink> crossLinks(String code, List<Actor> actors) {
        List<CountrySection.CrossLink> links = new ArrayList<>();
        for (Actor here : actors) {
            for (GraphEdge edge : graph.edgesOf(here.id())) {
                Actor other = byId.get(edge.otherEnd(here.id()));
                if (other != null && other.country() != null && !other.country().equals(code)) {
                    Actor from = byId.get(edge.from());
                    Actor to = byId.get(edge.to());
                    links.add(new CountrySection.CrossLink(nameInScope(from), linkLabel(edge), nameInScope(to),
                            labels.country(other.country())));
                }
            }
        }
        links.sort(names.by(CountrySection.CrossLink::partnerCountry)
                .thenComparing(names.by(CountrySection.CrossLink::from)));
        return links;
    }

    /** The actor's name, or "an actor in {country}" if its country is outside the report's scope. */
    private String nameInScope(Actor actor) {
        return options.countryInScope(actor.country()) ? actor.name()
                : labels.get("report.elsewhere", labels.country(actor.country()));
    }

    private String linkLabel(GraphEdge edge) {
        String role = edge.role() == null || edge.role().isBlank() ? null : edge.role();
        return switch (edge.type()) {
            case AFFILIATION -> labels.get("link.affiliation") + (role == null ? "" : " (" + role + ")");
            case PARTICIPATION -> labels.get("link.participation")
                    + (role == null ? "" : " (" + labels.label("participation", role) + ")");
            case RELATION -> role == null ? labels.get("link.relation") : labels.label("relation", role);
            case OPERATOR -> labels.get("report.link.operator");
        };
    }
}
