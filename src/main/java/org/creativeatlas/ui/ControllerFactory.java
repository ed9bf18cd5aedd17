package org.creativeatlas.ui;

import javafx.util.Callback;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.ui.detail.DetailPaneController;
import org.creativeatlas.ui.map.MapController;
import org.creativeatlas.ui.map.MapViewModel;
import org.creativeatlas.ui.network.NetworkController;
import org.creativeatlas.ui.network.NetworkViewModel;
import org.creativeatlas.ui.table.ActorTableBuilder;
import org.creativeatlas.ui.table.ColumnFactory;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.creativeatlas.ui.viewmodel.DetailViewModel;
import org.creativeatlas.ui.viewmodel.FilterViewModel;

/**
 * Makes the controllers the FXML files name, handing each what it needs through its constructor. One factory per
 * build of the window (a catalogue in a language); it remembers the controllers so they can be disposed of. The
 * view models it hands out live longer: as long as the catalogue, or the window.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final CatalogueViewModel catalogue;
    private final DetailViewModel detail;
    private final FilterViewModel filter;
    private final PreferencesStore prefs;
    private final WindowActions actions;
    private final UiLanguage language;
    private final FieldFormat format;
    private final NetworkViewModel networkModel;
    private final WindowPlace place;
    private MainController main;
    private DetailPaneController detailPane;
    private NetworkController network;
    private MapController map;

    public ControllerFactory(CatalogueViewModel catalogue, DetailViewModel detail, NetworkViewModel networkModel,
                             WindowPlace place, FilterViewModel filter, PreferencesStore prefs, WindowActions actions,
                             UiLanguage language) {
        this.networkModel = networkModel;
        this.place = place;
        this.catalogue = catalogue;
        this.detail = detail;
        this.filter = filter;
        this.prefs = prefs;
        this.actions = actions;
        this.language = language;
        this.format = new FieldFormat(language.messages(), language.code(), catalogue);
    }

    @Override
    public Object call(Class<?> type) {
        if (type == MainController.class) {
            main = new MainController(catalogue, filter, format.messages(),
                    new ActorTableBuilder(new ColumnFactory(format, catalogue), catalogue), prefs, actions, language,
                    place);
            return main;
        }
        if (type == FilterBarController.class) {
            return new FilterBarController(filter, format.messages(), language);
        }
        if (type == DetailPaneController.class) {
            detailPane = new DetailPaneController(detail, format);
            return detailPane;
        }
        if (type == NetworkController.class) {
            network = new NetworkController(networkModel, catalogue, format);
            return network;
        }
        if (type == MapController.class) {
            map = new MapController(new MapViewModel(catalogue, filter), catalogue, format.messages(),
                    language.code());
            return map;
        }
        throw new IllegalArgumentException("No controller " + type.getName());
    }

    /** Detaches the controllers of this build from the view models, which outlive it. */
    public void dispose() {
        if (main != null) {
            main.dispose();
        }
        if (detailPane != null) {
            detailPane.dispose();
        }
        if (network != null) {
            network.dispose();
        }
        if (map != null) {
            map.dispose();
        }
    }
}
