package org.creativeatlas.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.WeakSetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.ui.viewmodel.FilterViewModel;

/** The toolbar filter: search text, countries, kinds, sectors and statuses, kept in step with the view model. */
public final class FilterBarController {

    @FXML private TextField searchField;
    @FXML private CheckComboBox<String> countryBox;
    @FXML private CheckComboBox<String> kindBox;
    @FXML private CheckComboBox<Sector> sectorBox;
    @FXML private CheckComboBox<Status> statusBox;

    private final FilterViewModel filter;
    private final Messages messages;
    private final UiLanguage language;
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    /** Listeners on the filter, which outlives this controller: held here, registered weakly. */
    private final List<Object> listeners = new ArrayList<>();
    private final ChangeListener<String> textChanged = (obs, old, now) -> {
        if (!now.equals(searchField.getText())) {
            searchField.setText(now);
        }
    };

    public FilterBarController(FilterViewModel filter, Messages messages, UiLanguage language) {
        this.filter = filter;
        this.messages = messages;
        this.language = language;
    }

    @FXML
    private void initialize() {
        searchField.setText(filter.text().get());
        typing.setOnFinished(e -> filter.text().set(searchField.getText()));
        searchField.textProperty().addListener(obs -> typing.playFromStart());
        keep(textChanged);
        filter.text().addListener(new WeakChangeListener<>(textChanged));
        List<String> kinds = Arrays.stream(ActorType.values()).flatMap(t -> t.kinds().stream()).distinct().toList();
        facet(countryBox, Countries.all().stream().map(Country::code).toList(), filter.countries(),
                this::countryLabel, Function.identity(), "filter.countries");
        facet(kindBox, kinds, filter.kinds(), k -> messages.label("kind", k), k -> messages.label("kind", k), "filter.kinds");
        facet(sectorBox, List.of(Sector.values()), filter.sectors(), s -> messages.label("sector", s),
                s -> messages.label("sector", s), "filter.sectors");
        facet(statusBox, List.of(Status.values()), filter.statuses(), s -> messages.label("status", s),
                s -> messages.label("status", s), "filter.statuses");
    }

    private String countryLabel(String code) {
        return Countries.byCode(code).map(c -> c.code() + "  " + c.name(language.code())).orElse(code);
    }

    /**
     * Fills a check box list and keeps it and the filter's set in step both ways; the title says what is chosen
     * ({@code shortLabel} of each) or "all".
     */
    private <T> void facet(CheckComboBox<T> box, List<T> items, ObservableSet<T> chosen, Function<T, String> label,
                           Function<T, String> shortLabel, String titleKey) {
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        Runnable retitle = () -> box.setTitle(messages.get(titleKey) + ": " + (chosen.isEmpty()
                ? messages.get("filter.all")
                : items.stream().filter(chosen::contains).map(shortLabel).collect(Collectors.joining(", "))));
        chosen.forEach(box.getCheckModel()::check);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                FilterViewModel.replace(chosen, new HashSet<>(box.getCheckModel().getCheckedItems())));
        SetChangeListener<T> changed = c -> {
            Stream.of(c.getElementRemoved()).filter(x -> x != null && box.getCheckModel().isChecked(x))
                    .forEach(box.getCheckModel()::clearCheck);
            Stream.of(c.getElementAdded()).filter(x -> x != null && !box.getCheckModel().isChecked(x))
                    .forEach(box.getCheckModel()::check);
            retitle.run();
        };
        keep(changed);
        chosen.addListener(new WeakSetChangeListener<>(changed));
        retitle.run();
    }

    private void keep(Object listener) {
        listeners.add(listener);
    }

    @FXML
    private void onClear() {
        filter.clear();
        searchField.clear();
    }
}
