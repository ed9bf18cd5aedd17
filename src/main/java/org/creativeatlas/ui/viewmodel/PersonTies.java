package org.creativeatlas.ui.viewmodel;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.LinkType;

/**
 * A person seen through their links: the institutions they are or were affiliated with, the events they took
 * part in, and their co-workers (people affiliated with one of the same organisations, each listed once).
 */
public record PersonTies(List<LinkEntry> institutions, List<LinkEntry> events, List<CoWorker> coworkers) {

    /** Another person at {@code organisation}, with their role there. */
    public record CoWorker(ActorItem person, ActorItem organisation, String role) {
    }

    public PersonTies {
        institutions = List.copyOf(institutions);
        events = List.copyOf(events);
        coworkers = List.copyOf(coworkers);
    }

    /** From the person's links as the detail pane lists them; co-workers are read from the catalogue. */
    static PersonTies of(CatalogueViewModel catalogue, ActorItem person, List<LinkEntry> links) {
        List<LinkEntry> institutions = links.stream().filter(l -> l.group() == LinkEntry.Group.WORKS_AT).toList();
        List<LinkEntry> events = links.stream().filter(l -> l.group() == LinkEntry.Group.TOOK_PART_IN).toList();
        Map<Long, CoWorker> coworkers = new LinkedHashMap<>();
        for (LinkEntry at : institutions) {
            ActorItem organisation = at.other();
            catalogue.catalogue().links().of(organisation.id()).stream()
                    .filter(l -> l.type() == LinkType.AFFILIATION && l.fromId() != person.id())
                    .forEach(l -> catalogue.item(l.fromId()).ifPresent(other ->
                            coworkers.putIfAbsent(other.id(), new CoWorker(other, organisation, l.role()))));
        }
        Comparator<String> names = catalogue.names();
        List<CoWorker> sorted = coworkers.values().stream()
                .sorted(Comparator.comparing(c -> c.person().actor().name(), names)).toList();
        return new PersonTies(institutions, events, sorted);
    }

    public boolean isEmpty() {
        return institutions.isEmpty() && events.isEmpty() && coworkers.isEmpty();
    }
}
