package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * Abbreviations in brackets after a name («Креативтік Индустриялар Паркі (ҚКИП)») become its variants; later bare
 * uses of the abbreviation are mentions of the same actor, and a name that starts with it names a part of that actor.
 */
final class Abbreviations {

    private Abbreviations() {
    }

    static List<Mention> link(Scan scan, List<Mention> mentions) {
        Map<String, Mention> byAbbreviation = new HashMap<>();
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type != ActorType.PERSON && bracketed(scan, m.to) != null) {
                byEnd.merge(m.to, m, Abbreviations::owner);
            }
        }
        for (Mention m : byEnd.values()) {
            String abbreviation = bracketed(scan, m.to);
            m.variants.add(abbreviation);
            byAbbreviation.putIfAbsent(abbreviation, m);
            byAbbreviation.putIfAbsent(scan.token(m.to + 1).text(), m);
        }
        Map<String, Mention> unbracketed = unbracketed(scan, mentions);
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention parent = byAbbreviation.get(scan.token(m.from).text());
            // a name that starts with an abbreviation no bracket gave is a body of its own ("SCO Secretariat")
            parent = parent == null && m.to - m.from == 1 ? unbracketed.get(scan.token(m.from).text()) : parent;
            out.add(parent != null && parent != m && m.type != ActorType.PERSON ? copy(parent, m.from, m.from + 1) : m);
        }
        for (int i = 0; i < scan.doc.size(); i++) {
            Mention parent = byAbbreviation.getOrDefault(scan.token(i).text(), unbracketed.get(scan.token(i).text()));
            if (parent != null && !scan.taken(i)) {
                out.add(copy(parent, i, i + 1));
            }
        }
        return out;
    }

    /**
     * Of two names ending before the same bracket, the abbreviation is a body's rather than an event's, and the
     * inner name's: «фестиваль … Международной организации тюркской культуры (ТЮРКСОЙ)».
     */
    private static Mention owner(Mention a, Mention b) {
        boolean aBody = a.type != ActorType.EVENT;
        boolean bBody = b.type != ActorType.EVENT;
        if (aBody != bBody) {
            return aBody ? a : b;
        }
        return a.from >= b.from ? a : b;
    }

    private static Mention copy(Mention parent, int from, int to) {
        Mention m = new Mention(parent.type, parent.name, from, to, parent.priority);
        m.variants.addAll(parent.variants);
        return m;
    }

    /**
     * "(" ABBR ")" right after token {@code at}: the abbreviation, else null. A body with two names joined by a
     * slash has both abbreviations so joined, written with no space: "(OSI/AF-Tajikistan)".
     */
    static String bracketed(Scan scan, int at) {
        if (at + 2 >= scan.doc.size() || !scan.token(at).is("(")) {
            return null;
        }
        int close = at + 2;
        while (close < Math.min(scan.doc.size(), at + 7) && !scan.token(close).is(")")
                && scan.token(close - 1).end() == scan.token(close).start()) {
            close++;
        }
        if (close >= scan.doc.size() || !scan.token(close).is(")")) {
            return null;
        }
        Token t = scan.token(at + 1);
        boolean joined = close == at + 2 || scan.token(at + 2).is("/");
        return joined && (t.isAbbreviation() || mixedCase(t)) && t.text().length() <= 10 && scan.place(at + 1) == null
                ? scan.doc.text.substring(t.start(), scan.token(close - 1).end()) : null;
    }

    /**
     * The abbreviation a body's name gives without brackets: one set off by a dash right after it («Международной
     * организации тюркской культуры – ТЮРКСОЙ»), or its words' first letters, function words left out, when the text
     * writes them so as a word elsewhere («Московский государственный лингвистический университет», «МГЛУ»); else null.
     */
    private static Map<String, Mention> unbracketed(Scan scan, List<Mention> mentions) {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            if (scan.token(i).isAbbreviation()) {
                written.add(scan.token(i).text());
            }
        }
        Map<String, Mention> out = new HashMap<>();
        for (Mention m : mentions) {
            String abbreviation = m.type == ActorType.ORGANISATION ? unbracketed(scan, m, written) : null;
            if (abbreviation != null) {
                out.putIfAbsent(abbreviation, m);
            }
        }
        return out;
    }

    private static String unbracketed(Scan scan, Mention m, java.util.Set<String> written) {
        if (m.to + 1 < scan.doc.size() && scan.token(m.to).isDash() && scan.token(m.to + 1).isAbbreviation()
                && scan.place(m.to + 1) == null) {
            return scan.token(m.to + 1).text();
        }
        StringBuilder initials = new StringBuilder();
        for (int i = m.from; i < m.to; i++) {
            Token t = scan.token(i);
            if (t.isWord() && !Scan.isFunctionWord(t)) {
                initials.append(Character.toUpperCase(t.text().charAt(0)));
            }
        }
        return initials.length() >= 3 && written.contains(initials.toString()) ? initials.toString() : null;
    }

    /** An abbreviation with small letters in it, as "MoC" for a Ministry of Culture or "AlmaU" for a university. */
    private static boolean mixedCase(Token t) {
        String text = t.text();
        return t.isWord() && Character.isUpperCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter)
                && text.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
