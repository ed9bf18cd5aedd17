package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * «профессора КРСУ Мамед Тагаев», «доцент КГУ им. И. Арабаева», «Сегодня ОшГУ принял делегацию»: Russian pages name
 * a university by its acronym, which ends in «У» (университет), wherever it stands, with the person it is named after
 * when «им.» follows; another body's acronym only with its eponym («на сцене ГАБТ имени А. Навои»).
 */
final class UniversityAcronyms {

    /** КРСУ, КГУ, ОшГУ, СамГУ, КазНУ, МГУП: capitals, a few small letters between, «У» closing or before one more. */
    private static final Pattern ACRONYM = Pattern.compile("[А-ЯЁ][А-ЯЁа-яё]{0,4}[А-ЯЁ]У[А-ЯЁ]?");
    /** Any other body's abbreviation, taken only with its eponym after it («ГАБТ имени А. Навои»). */
    private static final Pattern CAPITALS = Pattern.compile("[А-ЯЁ]{3,6}");
    /** The same in Kazakh letters: ҚазҰУ, ЕҰУ, ҚазҰПУ. */
    private static final Pattern KAZAKH_ACRONYM = Pattern.compile("[А-ЯӘҒҚҢӨҰҮҺІ][А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі]{0,4}"
            + "[А-ЯӘҒҚҢӨҰҮҺІ]У[А-ЯӘҒҚҢӨҰҮҺІ]?");

    private static final String NAMED_AFTER = "\\s(им\\.|имени)\\s";
    private static final String KK_NAMED_AFTER = "атындағы ";

    private UniversityAcronyms() {
    }

    static List<Mention> find(Scan scan, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        // a long text names many acronyms: the bodies taken alone, and each acronym's spelling, are read once
        Map<Integer, Mention> single = null;
        Map<String, Optional<String>> spellings = new HashMap<>();
        for (int i = 1; i < scan.doc.size(); i++) {
            Token t = scan.token(i);
            boolean university = ACRONYM.matcher(t.text()).matches();
            if (!university && !CAPITALS.matcher(t.text()).matches() || scan.place(i) != null
                    || scan.doc.sentenceAt(i).lang() != Lang.RU) {
                continue;
            }
            single = single == null && scan.taken(i) ? alone(named) : single;
            Mention alone = scan.taken(i) ? single.get(i) : null;
            if (scan.taken(i) && alone == null) {
                continue;
            }
            int end = new RussianTail(scan, i + 1, scan.doc.sentenceAt(i).to()).namedAfterEnd();
            if (alone != null && end == i + 1 || !university && (end == i + 1 || scan.taken(i))) {
                continue;
            }
            named.remove(alone); // «ЧГПУ им. И.Я. Яковлева»: an acronym another reader took alone, with its eponym
            if (end == i + 1 && i + 1 < scan.doc.size() && scan.token(i + 1).isAbbreviation()) {
                continue; // «НИУ МГСУ»: a university's rank before its own acronym
            }
            String spelt = spellings.computeIfAbsent(t.text(), a -> Optional.ofNullable(spelt(named, a))).orElse(null);
            Mention m = new Mention(ActorType.ORGANISATION, spelt != null ? spelt : Render.of(scan.doc, i, end), i, end,
                    2);
            if (end > i + 1) {
                m.variants.add(t.text()); // «обучающимися ЧГПУ и ЧГУ» later: the same university
            }
            found.add(m);
            scan.take(m);
        }
        return found;
    }

    /** The bodies named by one token alone, by where that token stands. */
    private static Map<Integer, Mention> alone(List<Mention> named) {
        Map<Integer, Mention> single = new HashMap<>();
        for (Mention m : named) {
            if (m.to == m.from + 1 && m.type == ActorType.ORGANISATION) {
                single.putIfAbsent(m.from, m);
            }
        }
        return single;
    }

    /**
     * «Әл-Фараби атындағы ҚазҰУ» beside «Әл-Фараби атындағы Қазақ ұлттық университеті»: a Kazakh body named by a
     * university's acronym takes the long name its words spell, so both are one actor.
     */
    static List<Mention> spellKazakh(Scan scan, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        java.util.Map<String, java.util.Optional<String>> known = new java.util.HashMap<>(); // each acronym looked up once
        for (Mention m : mentions) {
            Token last = scan.token(m.to - 1);
            String spelt = m.type == ActorType.ORGANISATION && scan.doc.sentenceAt(m.from).lang() == Lang.KK
                    && KAZAKH_ACRONYM.matcher(last.text()).matches() ? known.computeIfAbsent(last.text(),
                    a -> java.util.Optional.ofNullable(spelt(mentions, a))).orElse(null) : null;
            Mention kept = spelt == null || spelt.equals(m.name) ? m : new Mention(m.type, spelt, m.from, m.to, m.priority);
            if (kept != m) {
                kept.variants.addAll(m.variants);
                kept.attached = m.attached;
            }
            out.add(kept);
        }
        return out;
    }

    /** «Худжандский госуниверситет» for ХГУ: a state body's compound spells «гос» and its own head. */
    private static java.util.stream.Stream<String> stateCompound(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("гос") && !lower.startsWith("госуд") && w.length() > 6
                ? java.util.stream.Stream.of(w.substring(0, 3), w.substring(3)) : java.util.stream.Stream.of(w);
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
            // «Казахстанский национальный университет им. аль-Фараби»: whom it is named after spells nothing
            String own = m.name.split(NAMED_AFTER)[0];
            own = own.substring(own.indexOf(KK_NAMED_AFTER) < 0 ? 0 : own.indexOf(KK_NAMED_AFTER) + KK_NAMED_AFTER.length());
            List<String> words = java.util.Arrays.stream(own.split("[\\s\\-()«»\"]+")).filter(w -> !w.isEmpty())
                    .flatMap(UniversityAcronyms::stateCompound).toList();
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
