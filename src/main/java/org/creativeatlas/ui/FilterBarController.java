package org.creativeatlas.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableSet;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import javafx.util.Duration;
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

    private <T> void facet(CheckComboBox<T> box, List<T> items, ObservableSet<T> chosen, Function<T, String> label,
                           Function<T, String> shortLabel, String titleKey) {
        keep(new FacetBinding<>(box, items, chosen, filter, label, shortLabel, messages.get(titleKey),
                messages.get("filter.all")));
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
