package org.creativeatlas.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.logic.backup.BackupService;
import org.creativeatlas.logic.exchange.CatalogueFormatException;
import org.creativeatlas.logic.imports.ExtractorWarmUp;
import org.creativeatlas.logic.prefs.LastServer;
import org.creativeatlas.logic.prefs.PreferencesStore;
import org.creativeatlas.logic.prefs.UserPreferences;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.store.ChangeFeed;
import org.creativeatlas.store.PasswordFile;
import org.creativeatlas.store.ServerAddress;
import org.creativeatlas.store.StoreException;
import org.creativeatlas.ui.team.ConflictDialog;
import org.creativeatlas.ui.team.ConnectDialog;
import org.creativeatlas.ui.backup.BackupScheduler;
import org.creativeatlas.ui.backup.RestoreDialog;
import org.creativeatlas.ui.duplicates.DuplicatesWindow;
import org.creativeatlas.ui.sheets.SheetImportWizard;
import org.creativeatlas.ui.sheets.TableExport;
import org.creativeatlas.ui.imports.ImportRun;
import org.creativeatlas.ui.network.NetworkViewModel;
import org.creativeatlas.ui.table.FieldFormat;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;
import org.creativeatlas.ui.viewmodel.DetailViewModel;
import org.creativeatlas.ui.viewmodel.FilterViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window and everything that lives as long as it: the preferences, the filter, the open catalogue. Wires the
 * view models and controllers by hand, opens catalogues in the background, and rebuilds the window's content when
 * the catalogue or the language changes (the language applies at once).
 */
public final class AppShell implements WindowActions {

    /** The system's way of writing dates, as the program found it: an English window keeps it. */
    private static final Locale SYSTEM_FORMAT = Locale.getDefault(Locale.Category.FORMAT);

    private static final Logger LOG = LoggerFactory.getLogger(AppShell.class);

    private final Stage stage;
    private final StartupOptions options;
    private final StackPane root = new StackPane();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalogue-loader");
        t.setDaemon(true);
        return t;
    });
    private final ExtractorWarmUp warmUp = new ExtractorWarmUp();
    private PreferencesStore prefs;
    /**
     * The last server connected to (its address remembered between runs) and its password while its catalogue is
     * open (memory only, never written).
     */
    private LastServer lastServers;
    private ServerAddress lastServer;
    private char[] serverPassword;
    private FilterViewModel filter;
    private UiLanguage language;
    private CatalogueViewModel catalogue;
    private DetailViewModel detail;
    private NetworkViewModel network;
    private WindowPlace place;
    private ControllerFactory controllers;
    private BackupScheduler backups;
    private Node content;

    public AppShell(Stage stage, StartupOptions options) {
        this.stage = stage;
        this.options = options;
    }

    public void start() {
        prefs = PreferencesStore.open(options.configDir(), UiLanguage.ofSystem().code());
        language = UiLanguage.of(prefs.current().language());
        lastServers = new LastServer(options.configDir());
        lastServer = lastServers.load().orElse(null);
        filter = new FilterViewModel(prefs);
        UserPreferences p = prefs.current();
        // a size remembered on a larger screen must not put the window's edges off this one
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(p.windowWidth(), screen.getWidth()),
                Math.min(p.windowHeight(), screen.getHeight()));
        scene.getStylesheets().add(AppShell.class.getResource("atlas.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages().get("app.title"));
        AppIcon.setOn(stage);
        stage.setOnCloseRequest(e -> shutdown());
        scene.setOnDragOver(this::onDragOver);
        scene.setOnDragDropped(this::onDragDropped);
        stage.show();
        if (options.server() != null) {
            connect(options.server(), PasswordFile.lookup(options.server()).orElse(null));
        } else {
            open(options.catalogue(), options.isDefault(), null);
        }
    }

    private Messages messages() {
        return language.messages();
    }

    private Dialogs dialogs() {
        return new Dialogs(messages(), stage);
    }

    /** Opens another catalogue in the window (File ▸ Open). */
    void open(Path file) {
        open(file, false, null);
    }

    private void open(Path file, boolean seed, Catalogue copyFrom) {
        run(new OpenCatalogueTask(file.toAbsolutePath(), seed, copyFrom, messages()));
    }

    /** Connects to a team catalogue; the password stays in memory only, to connect again after an import. */
    private void connect(ServerAddress address, char[] password) {
        if (serverPassword != null) {
            Arrays.fill(serverPassword, '\0');
        }
        serverPassword = password == null ? null : password.clone();
        lastServer = address;
        run(new OpenCatalogueTask(address, password, messages()));
    }

    private void run(OpenCatalogueTask task) {
        String location = task.location();
        BusyView busy = new BusyView(task, messages().get("action.cancel"));
        root.getChildren().add(busy);
        if (content != null) {
            content.setDisable(true);
        }
        task.setOnSucceeded(e -> {
            root.getChildren().remove(busy);
            install(task.getValue());
        });
        task.setOnFailed(e -> {
            root.getChildren().remove(busy);
            failed(location, task.getException());
        });
        task.setOnCancelled(e -> {
            root.getChildren().remove(busy);
            // queued behind the task on the one worker thread, so it closes whatever the task got to open
            worker.execute(task::discard);
            cancelled(location);
        });
        worker.execute(task);
    }

    private void install(OpenCatalogueTask.Loaded loaded) {
        closeCatalogue();
        catalogue = new CatalogueViewModel(loaded.catalogue(), loaded.rows(), loaded.names(), filter.filter());
        detail = new DetailViewModel(catalogue);
        network = new NetworkViewModel(catalogue, filter.filter());
        place = new WindowPlace();
        if (loaded.catalogue().isServer()) {
            lastServers.save(loaded.catalogue().db().server());
        } else {
            // a team catalogue is backed up by its server
            backups = new BackupScheduler(new BackupService(loaded.catalogue()), catalogue.revision(),
                    catalogue.message(), this::messages);
            backups.start();
        }
        rebuild("");
        catalogue.message().set(messages().get(catalogue.readOnly() ? "message.opened_read_only" : "message.opened",
                loaded.catalogue().displayName()));
        listen(catalogue);
    }

    /** Colleagues' changes and conflicts reach this window's view model, on the JavaFX thread. */
    private void listen(CatalogueViewModel shown) {
        shown.conflict().subscribe(conflict -> {
            if (conflict != null) {
                Platform.runLater(() -> {
                    if (catalogue == shown && shown.conflict().get() == conflict) {
                        resolve(shown, conflict);
                    }
                });
            }
        });
        shown.catalogue().changes().start(new ChangeFeed.Listener() {
            @Override
            public void changed(ChangeFeed.Changes changes) {
                Platform.runLater(() -> {
                    if (catalogue == shown && changes.reload()) {
                        // away longer than the change log is kept: only reading it all again shows what changed
                        reopen().run();
                    } else if (catalogue == shown) {
                        shown.colleaguesChanged(changes);
                    }
                });
            }

            @Override
            public void state(ChangeFeed.State state, int caughtUp) {
                Platform.runLater(() -> {
                    if (catalogue == shown && (state != ChangeFeed.State.CONNECTED || caughtUp > 0)) {
                        shown.message().set(messages().get("team." + state.name().toLowerCase(Locale.ROOT), caughtUp));
                    }
                });
            }
        });
    }

    private void resolve(CatalogueViewModel shown, CatalogueViewModel.Conflict conflict) {
        if (conflict.edit().theirs() == null) {
            shown.conflict().set(null);
            shown.message().set(messages().get("problem.conflict.deleted", conflict.mine().name(), conflict.edit().who()));
            return;
        }
        FieldFormat format = new FieldFormat(messages(), language.code(), shown);
        Actor chosen = new ConflictDialog(format).show(stage, conflict).orElse(null);
        shown.resolve(conflict, chosen).ifPresent(p -> shown.message().set(messages().problem(p)));
    }

    @Override
    public void connectToServer() {
        new ConnectDialog(messages()).show(stage, lastServer).ifPresent(login -> connect(login.address(),
                login.password()));
    }

    /** Opens the catalogue in the window again, from its file or its server. */
    private Runnable reopen() {
        Catalogue open = catalogue.catalogue();
        if (open.isServer()) {
            ServerAddress address = open.db().server();
            return () -> connect(address, serverPassword == null ? null : serverPassword.clone());
        }
        Path file = open.file();
        return () -> open(file, false, null);
    }

    /**
     * Builds the window's content anew from the FXML, for the current catalogue and language; with no catalogue
     * open, the start view with {@code startStatus} (or nothing) as its status line.
     */
    private void rebuild(String startStatus) {
        // date fields and their calendars format by this default: in the window's language, not the system's
        Locale.setDefault(Locale.Category.FORMAT, language.formatLocale(SYSTEM_FORMAT));
        if (controllers != null) {
            controllers.dispose();
            controllers = null;
        }
        if (catalogue == null) {
            show(new StartView(messages(), this, startStatus));
            return;
        }
        controllers = new ControllerFactory(catalogue, detail, network, place, filter, prefs, this, language);
        FXMLLoader loader = new FXMLLoader(AppShell.class.getResource("main.fxml"), messages().bundle(), null,
                controllers);
        try {
            show(loader.<Parent>load());
        } catch (IOException e) {
            throw new UncheckedIOException("The window's layout is missing from this build", e);
        }
        stage.setTitle(messages().get("app.title") + " — " + catalogue.catalogue().displayName()
                + (catalogue.readOnly() ? " (" + messages().get("status.read_only") + ")" : ""));
    }

    private void show(Node view) {
        if (content != null) {
            root.getChildren().remove(content);
        }
        content = view;
        root.getChildren().add(0, view);
    }

    private void failed(String file, Throwable e) {
        boolean expected = e instanceof StoreException || e instanceof CatalogueFormatException
                || e instanceof UncheckedIOException;
        String text = !expected ? messages().get("error.unexpected")
                // said in the window's language; the reasons that carry no problem in their English
                : Reasons.of(e, messages());
        if (expected) {
            LOG.warn("Cannot open {}: {}", file, e.getMessage());
        } else {
            LOG.error("Cannot open {}", file, e);
        }
        if (content != null) {
            content.setDisable(false);
        }
        dialogs().error(messages().get("error.open", file), text);
        if (catalogue == null) {
            rebuild("");
        }
    }

    /**
     * Back to what the window showed before. A reopen of the open file (after a large import or a restore) is
     * the exception: the window's rows and undo history no longer match that file, so it is closed as well.
     */
    private void cancelled(String location) {
        String status = messages().get("message.open_cancelled");
        if (catalogue != null && !catalogue.catalogue().location().equals(location)) {
            content.setDisable(false);
            catalogue.message().set(status);
            return;
        }
        closeCatalogue();
        catalogue = null;
        detail = null;
        rebuild(status);
        stage.setTitle(messages().get("app.title"));
    }

    @Override
    public void newCatalogue() {
        dialogs().chooseToCreate("file.new.title").ifPresent(path -> {
            if (Files.exists(path)) {
                dialogs().error(messages().get("error.exists", path.getFileName()), messages().get("error.exists.text"));
            } else {
                open(path, false, null);
            }
        });
    }

    @Override
    public void openCatalogue() {
        dialogs().chooseToOpen("file.open.title").ifPresent(this::open);
    }

    @Override
    public void saveCatalogueAs() {
        if (catalogue == null) {
            return;
        }
        dialogs().chooseToCreate("file.save_as.title").ifPresent(path -> {
            if (Files.exists(path)) {
                dialogs().error(messages().get("error.exists", path.getFileName()), messages().get("error.exists.text"));
            } else {
                open(path, false, catalogue.catalogue());
            }
        });
    }

    @Override
    public void importDocuments() {
        warmUp.start(); // while the files are chosen, so the first one does not wait
        List<Path> files = dialogs().chooseDocuments();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    @Override
    public void importFolder() {
        warmUp.start();
        dialogs().chooseFolder().ifPresent(folder -> importFiles(List.of(folder)));
    }

    @Override
    public void importFiles(List<Path> paths) {
        if (catalogue != null && content != null && !content.isDisabled() && !catalogue.readOnly()) {
            new ImportRun(stage, catalogue, new FieldFormat(messages(), language.code(), catalogue), worker)
                    .start(paths);
        }
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && catalogue != null) {
            warmUp.start(); // while the files are carried over the window
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles();
        if (files) {
            List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            // after the drop gesture has ended: the import window is modal
            Platform.runLater(() -> importFiles(dropped));
        }
        e.setDropCompleted(files);
        e.consume();
    }

    @Override
    public void importSpreadsheet() {
        if (catalogue != null) {
            SheetImportWizard.open(stage, catalogue, new FieldFormat(messages(), language.code(), catalogue),
                    options.configDir(), worker, reopen());
        }
    }

    @Override
    public void exportTable(ActorType type, List<Actor> rows, List<ActorField> columns) {
        if (catalogue != null) {
            new TableExport(catalogue.catalogue(), messages(), worker, catalogue.message())
                    .start(stage, type, rows, columns);
        }
    }

    @Override
    public void findDuplicates() {
        if (catalogue != null) {
            DuplicatesWindow.open(stage, catalogue, new FieldFormat(messages(), language.code(), catalogue), worker);
        }
    }

    @Override
    public void restoreBackup() {
        if (catalogue != null && catalogue.catalogue().isServer()) {
            dialogs().error(messages().get("menu.file.restore_backup"), messages().get("team.backups",
                    catalogue.catalogue().db().server().database()));
        } else if (catalogue != null) {
            // reopened: the window's rows and undo history belong to the content the backup replaced
            new RestoreDialog(new BackupService(catalogue.catalogue()), messages(), worker)
                    .show(stage, reopen());
        }
    }

    @Override
    public void switchLanguage(UiLanguage newLanguage) {
        language = newLanguage;
        prefs.update(p -> p.withLanguage(newLanguage.code()));
        if (catalogue != null) {
            // said in the language the window leaves
            catalogue.message().set("");
        }
        rebuild("");
    }

    @Override
    public void quit() {
        shutdown();
        stage.close();
    }

    private void shutdown() {
        if (stage.getWidth() > 0 && !stage.isMaximized()) {
            prefs.update(p -> p.withWindowSize(stage.getWidth(), stage.getHeight()));
        }
        if (controllers != null) {
            controllers.dispose();
        }
        closeCatalogue();
        catalogue = null;
        worker.shutdownNow();
    }

    private void closeCatalogue() {
        if (backups != null) {
            backups.close();
        }
        if (network != null) {
            network.close();
            network = null;
        }
        if (catalogue != null) {
            catalogue.close();
        }
    }
}
