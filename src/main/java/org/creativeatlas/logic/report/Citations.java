package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.Source;

/**
 * The sources the report's actors are found in, numbered S1, S2… in catalogue order, and which of them each actor
 * cites. Only sources that mention an actor of the report are numbered.
 */
final class Citations {

    private final Map<Long, List<Integer>> byActor = new HashMap<>();
    private final List<Source> numbered = new ArrayList<>();

    Citations(Collection<Source> sources, Collection<Mention> mentions, java.util.function.LongPredicate inReport) {
        Map<Long, Source> byId = new TreeMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        Map<Long, TreeSet<Long>> sourcesOf = new HashMap<>();
        TreeSet<Long> cited = new TreeSet<>();
        for (Mention m : mentions) {
            if (inReport.test(m.actorId()) && byId.containsKey(m.sourceId())) {
                sourcesOf.computeIfAbsent(m.actorId(), id -> new TreeSet<>()).add(m.sourceId());
                cited.add(m.sourceId());
            }
        }
        Map<Long, Integer> number = new HashMap<>();
        for (long id : cited) {
            numbered.add(byId.get(id));
            number.put(id, numbered.size());
        }
        sourcesOf.forEach((actor, ids) -> byActor.put(actor, ids.stream().map(number::get).toList()));
    }

    /** The numbers of the sources that mention the actor, ascending; empty if none. */
    List<Integer> of(long actorId) {
        return byActor.getOrDefault(actorId, List.of());
    }

    /** " [S1, S3]" for an actor with sources, "" for one without. */
    String marks(long actorId) {
        List<Integer> numbers = of(actorId);
        if (numbers.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" [");
        for (int i = 0; i < numbers.size(); i++) {
            out.append(i == 0 ? "S" : ", S").append(numbers.get(i));
        }
        return out.append(']').toString();
    }

    /** The source numbered {@code n} (from 1). */
    Source source(int n) {
        return numbered.get(n - 1);
    }
}
