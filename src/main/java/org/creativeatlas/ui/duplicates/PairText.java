package org.creativeatlas.ui.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.duplicates.DuplicatePair;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.TextFold;

/** How a candidate pair reads in the list: each actor's place, the score, and why the two look alike. */
final class PairText {

    private final Messages messages;

    PairText(Messages messages) {
        this.messages = messages;
    }

    /** The country by its code only: the names need the width. */
    String place(Actor actor) {
        String country = actor.country() == null ? "" : actor.country();
        String city = actor.city() == null ? "" : actor.city();
        return country.isEmpty() || city.isEmpty() ? country + city : country + "  " + city;
    }

    String score(DuplicatePair pair) {
        return Math.round(pair.score() * 100) + "%";
    }

    String why(DuplicatePair pair) {
        List<String> reasons = new ArrayList<>();
        Actor a = pair.first();
        Actor b = pair.second();
        boolean sameName = TextFold.fold(pair.matchedName()).equals(TextFold.fold(b.name()));
        reasons.add(sameName ? messages.get("duplicates.why.name")
                : messages.get("duplicates.why.variant", pair.matchedName()));
        if (a.country() != null && Objects.equals(a.country(), b.country())) {
            reasons.add(messages.get("duplicates.why.country"));
        }
        if (a.city() != null && b.city() != null && TextFold.fold(a.city()).equals(TextFold.fold(b.city()))) {
            reasons.add(messages.get("duplicates.why.city"));
        }
        return String.join("; ", reasons);
    }
}
