package org.creativeatlas.ui.sheets;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.stage.Window;
import org.creativeatlas.logic.sheets.MappingMemory;
import org.creativeatlas.logic.sheets.SheetImportResult;
import org.creativeatlas.ui.ChildWindow;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;

/** Opens File ▸ Import spreadsheet…; column mappings are remembered in the user's config folder. */
public final class SheetImportWizard {

    private SheetImportWizard() {
    }

    /** {@code reopen} reloads the whole window, for imports too large to show row by row. */
    public static void open(Window owner, CatalogueViewModel catalogue, FieldFormat format, Path configDir,
                            Executor worker, Runnable reopen) {
        SheetImportViewModel model = new SheetImportViewModel(catalogue.catalogue(), new MappingMemory(configDir),
                format, worker, new SheetImportViewModel.Shown() {
                    @Override
                    public void rows(SheetImportResult result, Set<Long> touched) {
                        catalogue.recordImport(result);
                        catalogue.reload(touched);
                    }

                    @Override
                    public void reopen() {
                        reopen.run();
                    }
                });
        ChildWindow.open(owner, "/org/creativeatlas/ui/sheet-import.fxml", format.messages(),
                new SheetImportController(model, format.messages()), "sheet.title", 1000, 640);
    }
}
