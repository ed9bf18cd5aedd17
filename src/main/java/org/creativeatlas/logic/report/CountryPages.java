package org.creativeatlas.logic.report;

import java.util.List;
import java.util.Map;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Source;

/**
 * One country's section: its map, organisations by kind and platforms as profiles, events and people as tables, the links
 * across its border and the evidence its actors rest on. Records the page each actor is on, for the index.
 */
final class CountryPages {

    /** Beyond this many, a section lists no more cross-border links, only says how many more there are. */
    static final int MAX_LINKS_LISTED = 300;
    private static final float MAP_HEIGHT = 230;

    private final PageFlow flow;
    private final ReportStyles styles;
    private final ReportLabels labels;
    private final Citations citations;
    private final ProfileBlock profiles;
    private final Map<Long, Integer> pages;
    private final Progress progress;
    private final ReportContent content;

    CountryPages(ReportContent content, PageFlow flow, ReportStyles styles, Map<Long, Integer> pages,
                 Progress progress) {
        this.flow = flow;
        this.styles = styles;
        this.labels = content.labels();
        this.citations = content.citations();
        this.profiles = new ProfileBlock(flow, styles, labels, citations);
        this.pages = pages;
        this.progress = progress;
        this.content = content;
    }

    void draw(CountrySection section, Bookmarks bookmarks) {
        progress.stage(section.name());
        flow.section(section.name());
        flow.newPage();
        bookmarks.add(section.name(), flow);
        flow.heading(styles.h1, section.name(), styles.body);
        int[] n = SummaryPages.counts(section);
        flow.paragraph(styles.muted, labels.get("report.section.counts", n[0], n[1], n[2], n[3]), 0);
        flow.down(4);
        ReportMap.country(content, section.code(), flow, styles, MAP_HEIGHT);
        if (!section.organisationsByKind().isEmpty()) {
            flow.heading(styles.h2, labels.get("types.organisation"), styles.bold);
            section.organisationsByKind().forEach((kind, orgs) -> {
                flow.heading(styles.h3, kind.isEmpty() ? labels.get("report.kind.none") : labels.label("kind", kind),
                        styles.bold);
                orgs.forEach(org -> placed(org, profiles.organisation(org)));
            });
        }
        if (!section.platforms().isEmpty()) {
            flow.heading(styles.h2, labels.get("types.platform"), styles.bold);
            section.platforms().forEach(p -> placed(p.platform(), profiles.platform(p)));
        }
        events(section.events());
        people(section.people());
        crossLinks(section);
        evidence(section);
    }

    private void events(List<Actor> events) {
        if (events.isEmpty()) {
            return;
        }
        flow.heading(styles.h2, labels.get("types.event"), styles.small);
        Table table = new Table(flow, styles, List.of(Table.Column.text(labels.get("report.date"), 1.3f),
                Table.Column.text(labels.get("field.name"), 4), Table.Column.text(labels.get("field.kind"), 1.5f),
                Table.Column.text(labels.get("field.city"), 1.3f)));
        for (Actor e : events) {
            String dates = e.startDate() == null ? "" : e.endDate() == null || e.endDate().equals(e.startDate())
                    ? e.startDate() : e.startDate() + " – " + e.endDate();
            placed(e, table.row(dates, ProfileBlock.name(e) + citations.marks(e.id()), labels.label("kind", e.kind()),
                    e.city()));
        }
    }

    private void people(List<CountrySection.PersonEntry> people) {
        if (people.isEmpty()) {
            return;
        }
        flow.heading(styles.h2, labels.get("types.person"), styles.small);
        Table table = new Table(flow, styles, List.of(Table.Column.text(labels.get("field.name"), 2.2f),
                Table.Column.text(labels.get("field.role"), 2), Table.Column.text(labels.get("report.institutions"),
                        3.5f)));
        for (CountrySection.PersonEntry entry : people) {
            Actor p = entry.person();
            placed(p, table.row(ProfileBlock.name(p) + citations.marks(p.id()), p.role(), entry.institutions()));
        }
    }

    private void crossLinks(CountrySection section) {
        if (section.code() == null) {
            return; // without a country there is no border to cross
        }
        flow.heading(styles.h2, labels.get("report.cross"), styles.body);
        if (section.crossLinks().isEmpty()) {
            flow.paragraph(styles.body, labels.get("report.cross.none"), 0);
            return;
        }
        StringBuilder partners = new StringBuilder();
        section.partners().forEach((country, n) -> partners.append(partners.length() == 0 ? "" : " · ")
                .append(country).append(": ").append(n));
        flow.paragraph(styles.body, labels.get("report.cross.partners", partners), 0);
        flow.down(4);
        Table table = new Table(flow, styles, List.of(Table.Column.text(labels.get("report.cross.from"), 3),
                Table.Column.text(labels.get("report.cross.link"), 2), Table.Column.text(labels.get("report.cross.to"),
                        3), Table.Column.text(labels.get("report.country"), 1.5f)));
        List<CountrySection.CrossLink> links = section.crossLinks();
        links.stream().limit(MAX_LINKS_LISTED).forEach(l -> table.row(l.from(), l.link(), l.to(), l.partnerCountry()));
        if (links.size() > MAX_LINKS_LISTED) {
            flow.paragraph(styles.muted, labels.get("report.cross.more", links.size() - MAX_LINKS_LISTED), 0);
        }
    }

    private void evidence(CountrySection section) {
        flow.heading(styles.h2, labels.get("report.evidence"), styles.body);
        flow.paragraph(styles.body, labels.get("report.evidence.counts", section.withSource(), section.actorCount(),
                section.withoutSource()), 0);
        if (section.sources().isEmpty()) {
            return;
        }
        flow.down(4);
        Table table = new Table(flow, styles, List.of(Table.Column.text("", 0.6f),
                Table.Column.text(labels.get("report.source.title"), 5),
                Table.Column.text(labels.get("report.source.language"), 1.2f),
                Table.Column.text(labels.get("report.date"), 1.2f)));
        for (int n : section.sources()) {
            Source s = citations.source(n);
            String title = s.title() == null || s.title().isBlank() ? s.fileName() : s.title();
            table.row("S" + n, title, s.language() == null ? "" : labels.label("lang", s.language()), s.date());
        }
    }

    private void placed(Actor actor, int page) {
        pages.put(actor.id(), page);
        progress.actorDone();
    }
}
