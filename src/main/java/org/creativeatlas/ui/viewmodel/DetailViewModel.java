package org.creativeatlas.ui.viewmodel;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.creativeatlas.logic.edit.LinkRules;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Problem;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;

/**
 * The selected actor with its name variants, links and sources, and the commands of the detail pane. Reloaded
 * (a few small queries) whenever the selection changes or the catalogue changes.
 */
public final class DetailViewModel {

    private final CatalogueViewModel catalogue;
    private final ObservableList<NameVariant> variants = FXCollections.observableArrayList();
    private final ObservableList<LinkEntry> links = FXCollections.observableArrayList();
    private final ObservableList<MentionEntry> mentions = FXCollections.observableArrayList();
    private final Map<Long, String> sourceTitles = new HashMap<>();
    private final ReadOnlyObjectWrapper<PersonTies> person = new ReadOnlyObjectWrapper<>(this, "person");

    public DetailViewModel(CatalogueViewModel catalogue) {
        this.catalogue = catalogue;
        catalogue.selected().addListener(obs -> reload());
        catalogue.revision().addListener(obs -> reload());
        catalogue.onColleaguesChanged(changes -> {
            if (changes.sources()) {
                // a colleague's documents: titles read again, mentions of the shown actor with them
                sourceTitles.clear();
                reload();
            }
        });
        reload();
    }

    private void reload() {
        ActorItem item = catalogue.selected().get();
        if (item == null) {
            variants.clear();
            links.clear();
            mentions.clear();
            person.set(null);
            return;
        }
        Catalogue store = catalogue.catalogue();
        variants.setAll(store.variants().of(item.id()));
        Comparator<String> names = catalogue.names();
        links.setAll(store.links().of(item.id()).stream()
                .flatMap(l -> catalogue.item(l.otherEnd(item.id()))
                        .map(other -> LinkEntry.of(l, item.id(), item.actor().type(), other)).stream())
                .sorted(Comparator.comparing(LinkEntry::group)
                        .thenComparing(e -> e.other().actor().name(), names))
                .toList());
        person.set(item.actor().type() == ActorType.PERSON ? PersonTies.of(catalogue, item, links) : null);
        mentions.setAll(store.mentions().of(item.id()).stream()
                .map(m -> new MentionEntry(sourceTitle(m), m.passage())).toList());
    }

    private String sourceTitle(Mention m) {
        return sourceTitles.computeIfAbsent(m.sourceId(), id -> catalogue.catalogue().sources().byId(id)
                .map(Source::title).orElse(""));
    }

    public ReadOnlyObjectProperty<ActorItem> actor() {
        return catalogue.selected();
    }

    public ObservableList<NameVariant> variants() {
        return variants;
    }

    public ObservableList<LinkEntry> links() {
        return links;
    }

    /** The selected person's institutions, events and co-workers; null when the selection is not a person. */
    public ReadOnlyObjectProperty<PersonTies> person() {
        return person.getReadOnlyProperty();
    }

    public ObservableList<MentionEntry> mentions() {
        return mentions;
    }

    /** The researcher went into a field of {@code item} (see {@link CatalogueViewModel#beginEdit}). */
    public void beginEdit(ActorItem item) {
        catalogue.beginEdit(item);
    }

    public void endEdit(ActorItem item) {
        catalogue.endEdit(item);
    }

    /** Edits a field of {@code item}, named by the form that showed it (the selection may have moved on). */
    public Optional<Problem> edit(ActorItem item, ActorField field, Object input) {
        return catalogue.edit(item, field, input);
    }

    public Optional<Problem> addVariant(String text, String lang) {
        return selected().flatMap(item -> catalogue.attempt(() ->
                catalogue.editor().addVariant(new NameVariant(0, item.id(), text, lang))));
    }

    public Optional<Problem> removeVariant(NameVariant variant) {
        return catalogue.attempt(() -> catalogue.editor().removeVariant(variant));
    }

    /** Links the selected actor to {@code other}, the ends oriented by {@link LinkRules}. */
    public Optional<Problem> link(ActorItem other, String role) {
        Optional<ActorItem> self = selected();
        if (self.isEmpty() || other == null) {
            return Optional.of(Problem.of("problem.link.choose"));
        }
        Optional<Link> link = LinkRules.orient(self.get().actor(), other.actor(), blankToNull(role));
        if (link.isEmpty()) {
            return Optional.of(Problem.of("problem.link.types"));
        }
        return catalogue.attempt(() -> catalogue.editor().link(link.get()));
    }

    public Optional<Problem> unlink(LinkEntry entry) {
        return catalogue.attempt(() -> catalogue.editor().unlink(entry.link()));
    }

    /** The actors the selected one can be linked to, by name. */
    public List<ActorItem> linkCandidates() {
        Optional<ActorItem> self = selected();
        if (self.isEmpty()) {
            return List.of();
        }
        Comparator<String> names = catalogue.names();
        return LinkRules.partnersOf(self.get().actor().type()).stream()
                .flatMap(t -> catalogue.table(t).items().stream())
                .filter(i -> i.id() != self.get().id())
                .sorted(Comparator.comparing(i -> i.actor().name(), names))
                .toList();
    }

    /** Makes another actor the selected one (following a link), shown in its table even if the filter hides it. */
    public void show(ActorItem other) {
        catalogue.show(other);
    }

    private Optional<ActorItem> selected() {
        return Optional.ofNullable(catalogue.selected().get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
