package org.creativeatlas.ui.duplicates;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.creativeatlas.logic.duplicates.DuplicatePair;
import org.creativeatlas.logic.edit.MergePlan;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.store.Catalogue;

/**
 * What the merge dialog asks: for each field where the two differ, whose value the merged actor keeps. The first
 * of the pair survives (its id stays, so links made elsewhere keep pointing at it); choosing the second's name makes
 * the first's name a variant. Starts from the usual choice: the first's values, gaps filled from the second.
 */
public final class MergeChoice {

    private final Actor survivor;
    private final Actor loser;
    private final Map<ActorField, BooleanProperty> fromLoser = new EnumMap<>(ActorField.class);
    private final int linksMoved;
    private final int mentionsMoved;

    public MergeChoice(Catalogue catalogue, DuplicatePair pair) {
        this.survivor = pair.first();
        this.loser = pair.second();
        Set<ActorField> usual = MergePlan.fillingGaps(survivor, loser).fromLoser();
        for (ActorField field : MergePlan.differingFields(survivor, loser)) {
            fromLoser.put(field, new SimpleBooleanProperty(usual.contains(field)));
        }
        // links between the two are dropped by the merge, so they do not move
        this.linksMoved = (int) catalogue.links().of(loser.id()).stream()
                .filter(l -> l.fromId() != survivor.id() && l.toId() != survivor.id()).count();
        this.mentionsMoved = catalogue.mentions().of(loser.id()).size();
    }

    public Actor survivor() {
        return survivor;
    }

    public Actor loser() {
        return loser;
    }

    /** True when the merged actor takes the second actor's value of {@code field}; absent where both agree. */
    public BooleanProperty fromLoser(ActorField field) {
        return fromLoser.get(field);
    }

    public boolean differs(ActorField field) {
        return fromLoser.containsKey(field);
    }

    public int linksMoved() {
        return linksMoved;
    }

    public int mentionsMoved() {
        return mentionsMoved;
    }

    public MergePlan plan() {
        Set<ActorField> chosen = EnumSet.noneOf(ActorField.class);
        fromLoser.forEach((field, second) -> {
            if (second.get()) {
                chosen.add(field);
            }
        });
        return new MergePlan(survivor.id(), loser.id(), chosen);
    }
}
