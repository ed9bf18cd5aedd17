package org.creativeatlas.logic.filter;

import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.TextFold;

/** An actor as the tables list it: with its name variants and the folded text that the search looks in. */
public record ActorRow(Actor actor, List<NameVariant> variants, String searchText) {

    public static ActorRow of(Actor actor, List<NameVariant> variants) {
        StringBuilder text = new StringBuilder(TextFold.fold(actor.name()));
        variants.forEach(v -> text.append('\n').append(TextFold.fold(v.text())));
        if (actor.city() != null) {
            text.append('\n').append(TextFold.fold(actor.city()));
        }
        if (actor.role() != null) {
            text.append('\n').append(TextFold.fold(actor.role()));
        }
        if (actor.description() != null) {
            text.append('\n').append(TextFold.fold(actor.description()));
        }
        return new ActorRow(actor, List.copyOf(variants), text.toString());
    }

    public long id() {
        return actor.id();
    }
}
