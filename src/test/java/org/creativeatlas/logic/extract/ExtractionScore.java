package org.creativeatlas.logic.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shared extraction scorer's matching, in Java: a predicted record matches a gold one of the same document and
 * type when their normalised names are equal, one contains the other (at least half its length), or they are close
 * by difflib's ratio (0.85). Optional gold records count neither way. Country is scored on matched pairs.
 */
public final class ExtractionScore {

    public record Record(String doc, String type, String name, String country) {
        String key() {
            return norm(name);
        }
    }

    private static final List<String> SUFFIXES = List.of(("ының інің ының нің ның дің дың тің тың ына іне на не ға ге"
            + " қа ке да де та те нда нде ында інде дан ден тан тен нан нен ынан інен ымен імен мен бен пен ы і сы сі"
            + " ого его ому ему ым им ом ем ой ей ую юю ая яя ое ее ые ие ых их ами ями ах ях а я у ю е и").split(" "))
            .stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    int tp;
    int fp;
    int fn;
    int countryOk;
    int countryAll;

    public static List<Record> load(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
            out.add(new Record(n.path("doc").asText(), n.path("type").asText(), n.path("name").asText(""),
                    n.path("country").isNull() ? null : n.path("country").asText(null)));
        }
        return out;
    }

    public static ExtractionScore score(List<Record> gold, List<Record> predicted, List<Record> optional) {
        ExtractionScore s = new ExtractionScore();
        Set<String> docs = new HashSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        for (String doc : docs) {
            for (String type : List.of("organisation", "platform", "event", "person")) {
                List<Record> gs = gold.stream().filter(g -> g.doc().equals(doc) && g.type().equals(type)).toList();
                List<Record> ps = predicted.stream().filter(p -> p.doc().equals(doc) && p.type().equals(type)).toList();
                List<Record> opt = optional.stream().filter(o -> o.doc().equals(doc)).toList();
                s.add(gs, ps, opt);
            }
        }
        return s;
    }

    private void add(List<Record> gs, List<Record> ps, List<Record> opt) {
        Set<Integer> used = new HashSet<>();
        for (Record p : ps) {
            int hit = -1;
            for (int i = 0; i < gs.size() && hit < 0; i++) {
                if (!used.contains(i) && similar(p.key(), gs.get(i).key())) {
                    hit = i;
                }
            }
            if (hit < 0) {
                fp += opt.stream().anyMatch(o -> similar(p.key(), o.key())) ? 0 : 1;
                continue;
            }
            used.add(hit);
            tp++;
            Record g = gs.get(hit);
            if (g.country() != null) {
                countryAll++;
                countryOk += g.country().equalsIgnoreCase(p.country() == null ? "" : p.country()) ? 1 : 0;
            }
        }
        fn += gs.size() - used.size();
    }

    public double f1() {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double countryAccuracy() {
        return countryAll == 0 ? 1 : (double) countryOk / countryAll;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "tp %d fp %d fn %d F1 %.3f country %.3f", tp, fp, fn, f1(), countryAccuracy());
    }

    static String norm(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е').replaceAll("[«»\"“”„'’`()\\[\\].,:;!?/\\\\-]", " ");
        List<String> words = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            for (String suf : SUFFIXES) {
                if (w.length() - suf.length() >= 4 && w.endsWith(suf)) {
                    w = w.substring(0, w.length() - suf.length());
                    break;
                }
            }
            words.add(w);
        }
        return String.join(" ", words);
    }

    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= 4 && longer.contains(shorter) && (double) shorter.length() / longer.length() >= 0.5) {
            return true;
        }
        return SequenceRatio.of(a, b) >= 0.85;
    }

    /** Records for a file's candidates, as the command line prints them. */
    static List<Record> extract(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        for (Map<String, Object> r : ExtractToJson.records(file)) {
            out.add(new Record((String) r.get("doc"), (String) r.get("type"), (String) r.get("name"),
                    (String) r.get("country")));
        }
        return out;
    }
}
