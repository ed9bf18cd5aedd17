package org.creativeatlas.logic.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.TextFold;

/**
 * A name reduced to what identifies it across scripts and spellings: its words as skeletons, without quotes,
 * punctuation, legal forms and small words; abbreviations kept whole (ҚКИП, KOICA); for people, initials
 * (Г.К. → g, k) and a Russian patronymic set apart.
 */
public record NameKey(List<Word> words, List<String> initials, String patronymic) {

    /** One word as its skeleton ({@link Transliterator}); abbreviations compare only whole. */
    public record Word(String form, boolean abbreviation) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHES = Pattern.compile("(?<=\\p{L})['’ʻʼ`](?=\\p{L})");
    private static final Pattern PATRONYMIC = Pattern.compile(".{2,}(ovich|evich|ovna|evna|ichna)");
    private static final int MAX_ABBREVIATION = 8;

    /** Words that do not tell one actor from another: articles, prepositions, legal forms. */
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "at", "on", "to", "a",
            "an", "named", "after", "und", "de", "la", "le", "du", "et", "и", "в", "во", "на", "по", "для", "при",
            "имени", "им", "с", "со", "және", "мен", "атындағы", "жанындағы", "тоо", "ао", "оо", "оф", "пф", "ип",
            "ооо", "зао", "оао", "жшс", "llp", "llc", "ltd", "inc", "jsc", "plc", "gmbh", "corp", "co");

    public static NameKey of(String name, boolean person) {
        List<Word> words = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        String patronymic = null;
        Matcher m = TOKEN.matcher(APOSTROPHES.matcher(name == null ? "" : name).replaceAll(""));
        while (m.find()) {
            String token = m.group();
            String folded = TextFold.fold(token);
            String form = Transliterator.skeleton(folded);
            if (form.isEmpty() || (!person && SMALL_WORDS.contains(folded))) {
                continue;
            }
            if (isInitial(token, person && m.end() < name.length() && name.charAt(m.end()) == '.')) {
                initials.add(form.substring(0, 1));
            } else if (person && patronymic == null && PATRONYMIC.matcher(form).matches()) {
                patronymic = form;
            } else {
                words.add(new Word(form, !person && isAbbreviation(token)));
            }
        }
        return new NameKey(List.copyOf(words), List.copyOf(initials), patronymic);
    }

    /** Г, G — and for people also a dotted Latin digraph: Sh., Zh., Ye. */
    private static boolean isInitial(String token, boolean dotted) {
        int letters = token.codePointCount(0, token.length());
        return token.codePoints().allMatch(Character::isLetter) && (letters == 1 || letters == 2 && dotted);
    }

    /** ҚКИП, KOICA, UNESCO: all capitals, short. */
    private static boolean isAbbreviation(String token) {
        return token.length() >= 2 && token.length() <= MAX_ABBREVIATION && token.codePoints().allMatch(
                c -> !Character.isLetter(c) || Character.isUpperCase(c)) && token.codePoints().anyMatch(Character::isLetter);
    }

    public boolean isEmpty() {
        return words.isEmpty() && initials.isEmpty();
    }

    /** The skeletons in order, space-separated. */
    public String joined() {
        return String.join(" ", words.stream().map(Word::form).toList());
    }
}
