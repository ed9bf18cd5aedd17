package org.creativeatlas.logic.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.logic.imports.VariantLanguage;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Problem;
import org.creativeatlas.model.TextFold;
import org.creativeatlas.store.Catalogue;

/**
 * Two actors become one. Applying removes the loser with everything that hangs on it ({@code loser}, kept with ids
 * for undo), updates the survivor, and stores the loser's variants, links and mentions again with their own ids
 * pointed at the survivor, plus the losing name as a new variant; links between the two are dropped. Reverting
 * deletes exactly those rows by id and puts the loser back, so the store is as it was.
 */
record MergeChange(Fragment loser, Actor survivorBefore, Actor survivorAfter, List<NameVariant> variants,
                   List<Link> links, List<Mention> mentions) implements Change {

    static MergeChange of(Catalogue catalogue, MergePlan plan) {
        Actor survivor = catalogue.actors().byId(plan.survivorId()).orElseThrow(
                () -> new IllegalArgumentException("no actor " + plan.survivorId()));
        Actor other = catalogue.actors().byId(plan.loserId()).orElseThrow(
                () -> new IllegalArgumentException("no actor " + plan.loserId()));
        if (survivor.type() != other.type()) {
            throw new ValidationException(Problem.of("problem.merge.types"));
        }
        Actor merged = plan.merged(survivor, other);
        ActorValidator.checkAll(merged).ifPresent(p -> {
            throw new ValidationException(p);
        });
        Fragment loser = CatalogueEditor.snapshot(catalogue, List.of(other.id()));
        long survivorId = survivor.id();
        List<NameVariant> variants = new ArrayList<>();
        loser.variants().forEach(v -> variants.add(new NameVariant(v.id(), survivorId, v.text(), v.lang())));
        String losingName = merged.name().equals(survivor.name()) ? other.name() : survivor.name();
        if (!knownName(losingName, merged, catalogue.variants().of(survivorId), variants)) {
            variants.add(new NameVariant(catalogue.variants().reserveId(), survivorId, losingName,
                    VariantLanguage.of(losingName, null)));
        }
        List<Link> links = new ArrayList<>();
        for (Link l : loser.links()) {
            long from = l.fromId() == other.id() ? survivorId : l.fromId();
            long to = l.toId() == other.id() ? survivorId : l.toId();
            if (from != to) {
                links.add(new Link(l.id(), l.type(), from, to, l.role(), l.start(), l.end(), l.note()));
            }
        }
        List<Mention> mentions = loser.mentions().stream()
                .map(m -> new Mention(m.id(), survivorId, m.sourceId(), m.passage())).toList();
        return new MergeChange(loser, survivor, merged, List.copyOf(variants), List.copyOf(links), mentions);
    }

    private static boolean knownName(String name, Actor merged, List<NameVariant> own, List<NameVariant> moved) {
        String folded = TextFold.fold(name);
        if (folded.equals(TextFold.fold(merged.name()))) {
            return true;
        }
        List<NameVariant> all = new ArrayList<>(own);
        all.addAll(moved);
        return all.stream().anyMatch(v -> TextFold.fold(v.text()).equals(folded));
    }

    @Override
    public Set<Long> apply(Catalogue catalogue) {
        loser.remove(catalogue);
        catalogue.actors().update(survivorAfter);
        variants.forEach(catalogue.variants()::insertWithId);
        links.forEach(catalogue.links()::insertWithId);
        mentions.forEach(catalogue.mentions()::insertWithId);
        loser.operatorRefs().keySet().forEach(platformId -> catalogue.actors().byId(platformId).ifPresent(
                p -> catalogue.actors().update(p.with(ActorField.OPERATOR, survivorAfter.id()))));
        return touched();
    }

    @Override
    public Set<Long> revert(Catalogue catalogue) {
        links.forEach(l -> catalogue.links().delete(l.id()));
        mentions.forEach(m -> catalogue.mentions().delete(m.id()));
        variants.forEach(v -> catalogue.variants().delete(v.id()));
        catalogue.actors().update(survivorBefore);
        loser.insert(catalogue);
        return touched();
    }

    private Set<Long> touched() {
        Set<Long> ids = new HashSet<>(loser.touched());
        ids.add(survivorAfter.id());
        return ids;
    }
}
