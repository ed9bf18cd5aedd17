package org.creativeatlas.logic.extract;

import org.creativeatlas.model.ActorType;

/** A Russian «проект» named by its quoted title, which the catalogue keeps as a platform («проект «Наш Абай»»). */
final class RussianProjects {

    private static final String PROJECT = "проект";

    private RussianProjects() {
    }

    /**
     * «Проект "Digital CASA- КР" при Министерстве …»: a project run by a body's office is a body itself; one whose title
     * names bodies («проект "Центры … образования" при ЦИК») is their network, a platform still.
     */
    static Head attached(Scan scan, Head head, RussianTail tail, Document.Sentence s) {
        if (!head.nominative().equalsIgnoreCase(PROJECT) || tail.quote == null) {
            return head;
        }
        int after = tail.quote.close() + 1;
        // «при Министерстве», «при ЦИК КР»; not «при поддержке Департамента …», which says who helps
        boolean attached = after + 1 < s.to() && scan.token(after).lower().equals("при")
                && (scan.token(after + 1).isCapitalised() || Heads.of(scan.token(after + 1), Lang.RU) != null);
        return attached && Heads.of(scan.token(tail.quote.open() + 1), Lang.RU) == null ? head.as(ActorType.ORGANISATION)
                : head;
    }

    /** «проекта по созданию креативного центра «…»»: a project's own title follows its word; other heads' may not. */
    static boolean titled(String noun, RussianTail tail, int h) {
        return !noun.equals(PROJECT) || tail.quote != null && tail.quote.open() == h + 1;
    }
}
