package org.creativeatlas.ui.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.logic.report.Methodology;
import org.creativeatlas.logic.report.ReportOptions;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.ui.UiLanguage;

/**
 * The report's options as edited in the window: title, author, date, language, the actor types to include and the
 * methodology note; the scope is the main window's filter as it was when the window opened. Until the note is
 * edited it follows the report's language (the default note); once edited it is the researcher's text.
 */
public final class ReportForm {

    private final ActorFilter filter;
    private final String scope;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty author = new SimpleStringProperty(this, "author", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ObjectProperty<UiLanguage> language = new SimpleObjectProperty<>(this, "language");
    private final Map<ActorType, BooleanProperty> types = new EnumMap<>(ActorType.class);
    private final StringProperty note = new SimpleStringProperty(this, "note");
    private boolean noteEdited;
    private boolean noteToStore;
    private boolean followingLanguage;

    /** {@code note} is the catalogue's methodology note in {@code language} (its default if never edited). */
    public ReportForm(ActorFilter filter, UiLanguage language, String note) {
        this.filter = filter;
        this.scope = ScopeText.of(filter, language);
        this.language.set(language);
        this.note.set(note);
        noteEdited = !note.equals(Methodology.defaultText(language.code()));
        for (ActorType type : ActorType.values()) {
            types.put(type, new SimpleBooleanProperty(this, type.code(), true));
        }
        this.note.addListener(obs -> {
            if (!followingLanguage) {
                noteEdited = true;
                noteToStore = true;
            }
        });
        this.language.addListener((obs, old, now) -> {
            if (!noteEdited) {
                followingLanguage = true;
                this.note.set(Methodology.defaultText(now.code()));
                followingLanguage = false;
            }
        });
    }

    /** Everything a change of which changes the report. */
    Observable[] inputs() {
        Observable[] fixed = {title, author, date, language, note};
        return Stream.concat(Arrays.stream(fixed), types.values().stream())
                .toArray(Observable[]::new);
    }

    /** The options of the report as the form stands; all types checked means no restriction. */
    public ReportOptions options() {
        Set<ActorType> checked = types.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<ActorType> included = checked.size() == types.size() ? Set.of() : checked;
        return new ReportOptions(filter, included, title.get(), author.get(), date.get(), language.get().code());
    }

    /** The note to store before the next layout, once: null if it was not edited since. */
    String takeNoteToStore() {
        if (!noteToStore) {
            return null;
        }
        noteToStore = false;
        return note.get();
    }

    public String scope() {
        return scope;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty author() {
        return author;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public ObjectProperty<UiLanguage> language() {
        return language;
    }

    public BooleanProperty type(ActorType type) {
        return types.get(type);
    }

    /** True while {@code type} is the only one checked: unchecking it would leave a report of nothing. */
    public BooleanBinding onlyType(ActorType type) {
        Observable[] all = types.values().toArray(Observable[]::new);
        return Bindings.createBooleanBinding(() -> types.get(type).get()
                && types.values().stream().filter(BooleanProperty::get).count() == 1, all);
    }

    public StringProperty note() {
        return note;
    }

    /** The default title in the report's language, shown while the title is left blank. */
    public String defaultTitle() {
        return language.get().messages().get("report.title.default");
    }
}
