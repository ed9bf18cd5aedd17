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
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.ui.viewmodel.FilterViewModel;

/** The toolbar filter: search text, countries, kinds, sectors, statuses and years, kept in step with the view model. */
public final class FilterBarController {

    @FXML private TextField searchField;
    @FXML private CheckComboBox<String> countryBox;
    @FXML private CheckComboBox<String> kindBox;
    @FXML private CheckComboBox<Sector> sectorBox;
    @FXML private CheckComboBox<Status> statusBox;
    @FXML private TextField yearsField;

    private final FilterViewModel filter;
    private final Messages messages;
    private final UiLanguage language;
    private final PauseTransition typing = new PauseTransition(Duration.millis(150));
    private final PauseTransition typingYears = new PauseTransition(Duration.millis(400));
    /** Listeners on the filter, which outlives this controller: held here, registered weakly. */
    private final List<Object> listeners = new ArrayList<>();
    private final ChangeListener<String> textChanged = (obs, old, now) -> {
        if (!now.equals(searchField.getText())) {
            searchField.setText(now);
        }
    };
    private final ChangeListener<YearRange> yearsChanged = (obs, old, now) -> showYears(now);

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
        showYears(filter.years().get());
        typingYears.setOnFinished(e -> applyYears(false));
        yearsField.textProperty().addListener(obs -> typingYears.playFromStart());
        yearsField.setOnAction(e -> applyYears(true));
        yearsField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                applyYears(true);
            }
        });
        keep(yearsChanged);
        filter.years().addListener(new WeakChangeListener<>(yearsChanged));
        List<String> kinds = Arrays.stream(ActorType.values()).flatMap(t -> t.kinds().stream()).distinct().toList();
        facet(countryBox, Countries.all().stream().map(Country::code).toList(), filter.countries(),
                this::countryLabel, Function.identity(), "filter.countries");
        facet(kindBox, kinds, filter.kinds(), k -> messages.label("kind", k), k -> messages.label("kind", k), "filter.kinds");
        facet(sectorBox, List.of(Sector.values()), filter.sectors(), s -> messages.label("sector", s),
                s -> messages.label("sector", s), "filter.sectors");
        facet(statusBox, List.of(Status.values()), filter.statuses(), s -> messages.label("status", s),
                s -> messages.label("status", s), "filter.statuses");
    }

    /**
     * Reads the years field into the filter when it holds a range; otherwise marks it and, when the researcher is
     * done with it ({@code done}: Enter or leaving the field), says how to write years. Partial input while typing
     * ("202") leaves the filter as it was.
     */
    private void applyYears(boolean done) {
        typingYears.stop();
        String text = yearsField.getText() == null ? "" : yearsField.getText().strip();
        try {
            YearRange range = text.isEmpty() ? YearRange.ALL : YearRange.parse(text);
            yearsField.getStyleClass().remove("invalid");
            yearsField.getTooltip().setText(messages.get("filter.years.tip"));
            filter.years().set(range);
        } catch (IllegalArgumentException e) {
            if (!yearsField.getStyleClass().contains("invalid")) {
                yearsField.getStyleClass().add("invalid");
            }
            if (done) {
                yearsField.getTooltip().setText(messages.get("filter.years.invalid"));
            }
        }
    }

    /** Writes a range set elsewhere (the timeline, Clear) into the field, unless the field already says it. */
    private void showYears(YearRange range) {
        String text = yearsField.getText() == null ? "" : yearsField.getText().strip();
        YearRange shown;
        try {
            shown = text.isEmpty() ? YearRange.ALL : YearRange.parse(text);
        } catch (IllegalArgumentException e) {
            shown = null;
        }
        if (!range.equals(shown)) {
            yearsField.setText(range.toString());
            typingYears.stop();
        }
        yearsField.getStyleClass().remove("invalid");
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
