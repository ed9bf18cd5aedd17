package org.creativeatlas.ui.duplicates;

import java.util.concurrent.Executor;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.creativeatlas.ui.ChildWindow;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;

/** Opens Edit ▸ Find duplicates… and starts looking at once. */
public final class DuplicatesWindow {

    private DuplicatesWindow() {
    }

    public static void open(Window owner, CatalogueViewModel catalogue, FieldFormat format, Executor worker) {
        DuplicatesViewModel model = new DuplicatesViewModel(catalogue, worker, format.messages());
        Subscription colleagues = model.followColleagues();
        ChildWindow.open(owner, "/org/creativeatlas/ui/duplicates.fxml", format.messages(),
                new DuplicatesController(model, format), "duplicates.title", 1240, 600)
                .setOnHidden(e -> colleagues.unsubscribe());
        model.find();
    }
}
