package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Sector;

/**
 * An organisation's or platform's profile: its name with the sources it rests on ([S1, S3]), one line of facts
 * (what is missing is simply left out) and the start of its description.
 */
final class ProfileBlock {

    /** Longer descriptions are cut at a word and marked with an ellipsis: a profile is a summary. */
    static final int SHORT_DESCRIPTION = 600;

    private final PageFlow flow;
    private final ReportStyles styles;
    private final ReportLabels labels;
    private final Citations citations;

    ProfileBlock(PageFlow flow, ReportStyles styles, ReportLabels labels, Citations citations) {
        this.flow = flow;
        this.styles = styles;
        this.labels = labels;
        this.citations = citations;
    }

    /** Draws an organisation's profile and returns the page its name is on. */
    int organisation(Actor org) {
        List<String> facts = new ArrayList<>();
        add(facts, org.city());
        add(facts, sectors(org));
        add(facts, org.website());
        if (org.startYear() != null) {
            facts.add(labels.get("report.founded", String.valueOf(org.startYear())));
        }
        add(facts, org.status() == null ? null : labels.label("status", org.status()));
        return draw(org, facts);
    }

    /** Draws a platform's profile and returns the page its name is on. */
    int platform(CountrySection.PlatformEntry entry) {
        Actor p = entry.platform();
        List<String> facts = new ArrayList<>();
        add(facts, labels.label("kind", p.kind()));
        add(facts, p.mode() == null ? null : labels.label("mode", p.mode()));
        add(facts, entry.operator() == null ? null : labels.get("field.operator") + ": " + entry.operator());
        add(facts, p.languages() == null ? null : labels.get("field.languages") + ": " + p.languages());
        add(facts, years(p.startYear(), p.endYear()));
        add(facts, p.status() == null ? null : labels.label("status", p.status()));
        add(facts, p.city());
        add(facts, sectors(p));
        add(facts, p.website());
        return draw(p, facts);
    }

    private int draw(Actor actor, List<String> facts) {
        flow.need(styles.bold.leading() + styles.muted.leading() + styles.body.leading());
        int page = flow.pageNumber();
        flow.paragraph(styles.bold, name(actor) + citations.marks(actor.id()), 0);
        if (!facts.isEmpty()) {
            flow.paragraph(styles.muted, String.join(" · ", facts), 0);
        }
        String description = shortDescription(actor.description());
        if (!description.isEmpty()) {
            flow.paragraph(styles.body, description, 0);
        }
        flow.down(6);
        return page;
    }

    static String name(Actor actor) {
        return actor.name() == null || actor.name().isBlank() ? "—" : actor.name();
    }

    static String shortDescription(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.strip();
        if (clean.length() <= SHORT_DESCRIPTION) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', SHORT_DESCRIPTION);
        int end = cut > SHORT_DESCRIPTION / 2 ? cut : SHORT_DESCRIPTION;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--; // never split a character outside the BMP
        }
        return clean.substring(0, end).strip() + "…";
    }

    private String sectors(Actor actor) {
        if (actor.sectors().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Sector s : actor.sectors()) {
            names.add(labels.label("sector", s));
        }
        return String.join(", ", names);
    }

    private String years(Integer start, Integer end) {
        if (start == null && end == null) {
            return null;
        }
        if (end == null) {
            return labels.get("report.years.since", String.valueOf(start));
        }
        return start == null ? labels.get("report.years.until", String.valueOf(end)) : start + "–" + end;
    }

    private static void add(List<String> facts, String fact) {
        if (fact != null && !fact.isBlank()) {
            facts.add(fact);
        }
    }
}
