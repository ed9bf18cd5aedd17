package org.creativeatlas.logic.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.creativeatlas.logic.bench.SyntheticPlaces.Place;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.EventKind;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.OrganisationKind;
import org.creativeatlas.model.ParticipationRole;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.store.Catalogue;

/**
 * Fills an empty catalogue with a synthetic one: at scale 1, 100 000 organisations, 50 000 people affiliated to
 * them and 20 000 events that people and organisations take part in, with name variants in three languages.
 * The same scale always gives the same catalogue. Rows go in through the store's batch inserts, a chunk at a time,
 * in one transaction.
 */
public final class SyntheticCatalogue {

    public static final int ORGANISATIONS = 100_000;
    public static final int PEOPLE = 50_000;
    public static final int EVENTS = 20_000;
    private static final int CHUNK = 10_000;

    private final Random random = new Random(2024);
    private final SyntheticNames names = new SyntheticNames(random);
    private final SyntheticPlaces places = new SyntheticPlaces(random);
    private final List<Actor> actors = new ArrayList<>();
    private final List<NameVariant> variants = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private long rows;

    private SyntheticCatalogue() {
    }

    /** Fills {@code catalogue}, which must be empty (actors are numbered from 1); returns the rows stored. */
    public static long fill(Catalogue catalogue, double scale) {
        int orgs = scaled(ORGANISATIONS, scale);
        int people = scaled(PEOPLE, scale);
        int events = scaled(EVENTS, scale);
        SyntheticCatalogue synthetic = new SyntheticCatalogue();
        catalogue.inTransaction(() -> {
            for (long id = 1; id <= orgs; id++) {
                synthetic.organisation(id);
                synthetic.flushIfFull(catalogue);
            }
            for (long id = orgs + 1; id <= orgs + people; id++) {
                synthetic.person(id, orgs);
                synthetic.flushIfFull(catalogue);
            }
            for (long id = orgs + people + 1; id <= orgs + people + events; id++) {
                synthetic.event(id, orgs + people);
                synthetic.flushIfFull(catalogue);
            }
            synthetic.flush(catalogue);
        });
        return synthetic.rows;
    }

    private static int scaled(int count, double scale) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    private void organisation(long id) {
        Place place = places.next();
        String kazakh = names.kazakhOrganisation(place.localName());
        String russian = names.russianOrganisation(place.localName());
        String english = names.englishOrganisation(place.city());
        List<String> forms = switch (place.country()) {
            case "KZ" -> random.nextInt(5) < 3 ? List.of(kazakh, russian, english) : List.of(russian, kazakh, english);
            case "KG", "UZ", "TJ", "TM" -> List.of(russian, english, kazakh);
            default -> List.of(english, russian, kazakh);
        };
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (int i = random.nextInt(3); i >= 0; i--) {
            sectors.add(names.pick(List.of(Sector.values())));
        }
        int s = random.nextInt(10);
        Status status = s < 8 ? Status.ACTIVE : s == 8 ? Status.CLOSED : Status.UNKNOWN;
        String website = random.nextBoolean()
                ? "https://org" + id + ".example." + place.country().toLowerCase(Locale.ROOT) : null;
        String kind = names.pick(List.of(OrganisationKind.values())).code();
        actors.add(new Actor(id, ActorType.ORGANISATION, forms.get(0), kind, place.country(), place.city(), website,
                sectors, status, null, null, null, 1930 + random.nextInt(95), null, null, null, null,
                names.description(), null));
        variant(id, forms.get(1));
        if (random.nextBoolean()) {
            variant(id, forms.get(2));
        }
        if (random.nextInt(4) == 0) {
            variant(id, SyntheticNames.abbreviation(forms.get(0)));
        }
    }

    private void person(long id, int organisations) {
        Place place = places.next();
        List<String> name = names.person();
        actors.add(new Actor(id, ActorType.PERSON, name.get(0), null, place.country(), place.city(), null, Set.of(),
                null, null, null, null, null, null, null, null, names.role(),
                random.nextInt(4) == 0 ? names.description() : null, null));
        variant(id, name.get(1));
        for (int i = random.nextInt(2); i >= 0; i--) {
            long org = 1 + random.nextInt(organisations);
            String since = String.valueOf(2000 + random.nextInt(25));
            links.add(new Link(0, LinkType.AFFILIATION, id, org, names.role(), since, null, null));
        }
    }

    private void event(long id, int earlierActors) {
        Place place = places.next();
        int year = 2005 + random.nextInt(20);
        LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean kazakh = "KZ".equals(place.country()) && random.nextBoolean();
        String name = kazakh ? names.kazakhEvent(place.localName(), year) : names.englishEvent(place.city(), year);
        actors.add(new Actor(id, ActorType.EVENT, name, names.pick(List.of(EventKind.values())).code(), place.country(),
                place.city(), null, Set.of(), null, null, null, null, null, null, start.toString(),
                start.plusDays(random.nextInt(4)).toString(), null, names.description(), null));
        if (random.nextBoolean()) {
            variant(id, kazakh ? names.englishEvent(place.city(), year) : names.kazakhEvent(place.localName(), year));
        }
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            long participant = 1 + random.nextInt(earlierActors);
            links.add(Link.of(LinkType.PARTICIPATION, participant, id,
                    names.pick(List.of(ParticipationRole.values())).code()));
        }
    }

    private void variant(long actorId, String text) {
        variants.add(new NameVariant(0, actorId, text, language(text)));
    }

    private static String language(String text) {
        if (text.chars().anyMatch(c -> "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c) >= 0)) {
            return "kk";
        }
        return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.CYRILLIC ? "ru" : "en";
    }

    private void flushIfFull(Catalogue catalogue) {
        if (actors.size() >= CHUNK) {
            flush(catalogue);
        }
    }

    private void flush(Catalogue catalogue) {
        catalogue.actors().insertAllWithIds(actors);
        catalogue.variants().insertAll(variants);
        catalogue.links().insertAll(links);
        rows += actors.size() + variants.size() + links.size();
        actors.clear();
        variants.clear();
        links.clear();
    }
}
