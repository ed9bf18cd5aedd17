package org.creativeatlas.logic.extract.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.creativeatlas.logic.extract.Tokenizer;
import org.junit.jupiter.api.Test;

/** The models shipped in the jar load and find the people, bodies and places of plain news sentences. */
class NameModelsTest {

    @Test
    void russianModelFindsAPersonAndABody() {
        List<String> found = names("ru", "Вчера в Бишкеке выступил Алмазбек Атамбаев.");
        assertTrue(found.contains("person:Алмазбек Атамбаев"), found.toString());
        assertTrue(found.contains("place:Бишкеке"), found.toString());
        found = names("ru", "Соглашение подписали Министерство культуры и компания Газпром.");
        assertTrue(found.contains("organisation:Министерство культуры"), found.toString());
    }

    @Test
    void kazakhModelFindsAPersonAndABody() {
        List<String> found = names("kk", "Кеше Астанада Қасым-Жомарт Тоқаев сөз сөйледі.");
        assertTrue(found.contains("person:Қасым-Жомарт Тоқаев"), found.toString());
        found = names("kk", "Бұл туралы Ұлттық банк хабарлады.");
        assertTrue(found.contains("organisation:Ұлттық банк"), found.toString());
    }

    @Test
    void englishModelFindsPeopleAndABody() {
        List<String> found = names("en", "Yesterday John Smith visited the British Council in London.");
        assertTrue(found.contains("person:John Smith"), found.toString());
        assertTrue(found.contains("organisation:British Council"), found.toString());
        found = names("en", "The report was written by Anna Petrova and Peter Hall.");
        assertTrue(found.containsAll(List.of("person:Anna Petrova", "person:Peter Hall")), found.toString());
    }

    @Test
    void aLanguageWithoutAModelHasNoTagger() {
        assertTrue(NameModels.tagger("xx").isEmpty());
    }

    private static List<String> names(String lang, String sentence) {
        String[] words = Tokenizer.offsets(sentence).stream().map(o -> sentence.substring(o[0], o[1]))
                .toArray(String[]::new);
        NameTagger tagger = NameModels.tagger(lang).orElseThrow();
        tagger.newDocument();
        return tagger.find(words).stream()
                .map(n -> n.type() + ":" + String.join(" ", Arrays.copyOfRange(words, n.from(), n.to()))).toList();
    }
}
