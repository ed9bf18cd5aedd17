package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * «профессора КРСУ Мамед Тагаев», «доцент КГУ им. И. Арабаева», «ректор ОшГУ»: Russian pages name a university by its
 * acronym, which ends in «У» (университет) and, after a title, stands for the body the person works at; with the
 * person it is named after, when «им.» follows.
 */
final class UniversityAcronyms {

    /** КРСУ, КГУ, ОшГУ, СамГУ, КазНУ, МГУП: capitals, a few small letters between, «У» closing or before one more. */
    private static final Pattern ACRONYM = Pattern.compile("[А-ЯЁ][А-ЯЁа-яё]{0,4}[А-ЯЁ]У[А-ЯЁ]?");

    private UniversityAcronyms() {
    }

    static List<Mention> find(Scan scan, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        for (int i = 1; i < scan.doc.size(); i++) {
            Token t = scan.token(i);
            if (scan.taken(i) || !ACRONYM.matcher(t.text()).matches() || scan.place(i) != null
                    || scan.doc.sentenceAt(i).lang() != Lang.RU || !Titles.is(scan.token(i - 1))) {
                continue;
            }
            int end = new RussianTail(scan, i + 1, scan.doc.sentenceAt(i).to()).namedAfterEnd();
            String spelt = spelt(named, t.text());
            Mention m = new Mention(ActorType.ORGANISATION, spelt != null ? spelt : Render.of(scan.doc, i, end), i, end,
                    2);
            found.add(m);
            scan.take(m);
        }
        return found;
    }

    /**
     * «Российско-Таджикский (Славянский) университет» for РТСУ: the name found in the text whose words' (and hyphened
     * parts') first letters spell the acronym, so both are one actor; or null.
     */
    private static String spelt(List<Mention> named, String acronym) {
        // each capital opens the part of the acronym one word gives: Сам|Г|У, Р|Т|С|У
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < acronym.length(); c++) {
            if (Character.isUpperCase(acronym.charAt(c)) || parts.isEmpty()) {
                parts.add("");
            }
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + acronym.charAt(c));
        }
        for (Mention m : named) {
            List<String> words = java.util.Arrays.stream(m.name.split("[\\s\\-()«»\"]+")).filter(w -> !w.isEmpty())
                    .toList();
            boolean spells = m.type == ActorType.ORGANISATION && words.size() == parts.size();
            for (int k = 0; spells && k < words.size(); k++) {
                spells = words.get(k).toLowerCase(java.util.Locale.ROOT).startsWith(parts.get(k).toLowerCase(
                        java.util.Locale.ROOT));
            }
            if (spells) {
                return m.name;
            }
        }
        return null;
    }
}
