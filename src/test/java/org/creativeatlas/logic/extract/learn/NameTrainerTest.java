package org.creativeatlas.logic.extract.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole training path on small corpora in each published format: conversion, training, the test-part scores,
 * and a written model that finds the names it was taught with the features it was trained with.
 */
class NameTrainerTest {

    private static final String[] PEOPLE = {"Айгерім Сәрсенова", "Данияр Әлиев", "Мәди Жақыпов", "Нұрлан Оспанов"};
    private static final String[] RU_PEOPLE = {"Анна Смирнова", "Игорь Петров", "Тимур Ахметов", "Ольга Ким"};
    private static final String[] EN_PEOPLE = {"Mary Jones", "Peter Hall", "Alice Brown", "Tom Fisher"};

    @TempDir
    Path dir;

    @Test
    void trainsEachLanguageFromItsCorpusAndWritesModelsWithANote() throws IOException {
        Path corpora = dir.resolve("corpora");
        writeKazNerd(corpora.resolve("kaznerd"));
        writeNerel(corpora.resolve("nerel"));
        writeGum(corpora.resolve("gum-conll"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path out = dir.resolve("models");
        new NameTrainer(corpora, NameTrainer.Algorithm.MAXENT, new PrintStream(log, true, StandardCharsets.UTF_8))
                .train(List.of("kk", "ru", "en"), out);

        String note = Files.readString(out.resolve("names-maxent.md"));
        assertTrue(note.contains("KazNERD") && note.contains("NEREL") && note.contains("GUM"), note);
        assertTrue(note.contains("| person |"), note);
        assertPerson(out.resolve("names-kk.bin"), "Кеше Айгерім Сәрсенова жұмыс істеді .", 1, 3);
        assertPerson(out.resolve("names-ru.bin"), "Вчера Анна Смирнова выступила .", 1, 3);
        assertPerson(out.resolve("names-en.bin"), "Yesterday Mary Jones spoke .", 1, 3);
    }

    private static void assertPerson(Path model, String sentence, int from, int to) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            NameTagger tagger = new NameTagger(new TokenNameFinderModel(in));
            List<NameTagger.Name> names = tagger.find(sentence.split(" "));
            assertTrue(names.stream().anyMatch(n -> n.type().equals("person") && n.from() == from && n.to() == to),
                    sentence + ": " + names);
        }
    }

    private static void writeKazNerd(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String[] name = PEOPLE[i % PEOPLE.length].split(" ");
            s.append("Кеше O\n").append(name[0]).append(" B-PERSON\n").append(name[1]).append(" I-PERSON\n")
                    .append("Астанада B-GPE\nжұмыс O\nістеді O\n. O\n\n");
        }
        Files.writeString(folder.resolve("IOB2_valid.txt"), s);
        Files.writeString(folder.resolve("IOB2_test.txt"), s);
    }

    private static void writeNerel(Path folder) throws IOException {
        for (String part : List.of("train", "dev", "test")) {
            Path p = Files.createDirectories(folder.resolve("NEREL-v1.1").resolve(part));
            for (int d = 0; d < 10; d++) {
                StringBuilder text = new StringBuilder();
                StringBuilder ann = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    String name = RU_PEOPLE[(d + i) % RU_PEOPLE.length];
                    text.append("Вчера ");
                    int start = text.length();
                    text.append(name);
                    ann.append("T").append(i * 2 + 1).append("\tPERSON ").append(start).append(' ')
                            .append(text.length()).append('\t').append(name).append('\n');
                    text.append(" выступила в ");
                    int city = text.length();
                    text.append("Москве");
                    ann.append("T").append(i * 2 + 2).append("\tCITY ").append(city).append(' ')
                            .append(text.length()).append("\tМоскве\n");
                    text.append(".\n");
                }
                Files.writeString(p.resolve(d + ".txt"), text);
                Files.writeString(p.resolve(d + ".ann"), ann);
            }
        }
    }

    private static void writeGum(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int d = 0; d < 10; d++) {
            StringBuilder s = new StringBuilder("# begin document GUM_news_" + d + "\n");
            int n = 0;
            for (int i = 0; i < 4; i++) {
                String[] name = EN_PEOPLE[(d + i) % EN_PEOPLE.length].split(" ");
                int id = 10 + i;
                s.append(n++).append("\tYesterday\t_\n");
                s.append(n++).append('\t').append(name[0]).append("\t(person-").append(id).append("-X\n");
                s.append(n++).append('\t').append(name[1]).append("\tperson-").append(id).append("-X)\n");
                s.append(n++).append("\tspoke\t_\n");
                s.append(n++).append("\t.\t_\n");
            }
            Files.writeString(folder.resolve("GUM_news_" + d + ".conll"), s.append("# end document\n"));
        }
    }
}
