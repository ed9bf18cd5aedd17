package org.creativeatlas.ui.table;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import org.creativeatlas.model.Sector;

/** Sectors: a drop-down of check boxes; the choice is stored when the list closes. */
final class SectorsEditor extends ReportingEditor {

    private final MenuButton button = new MenuButton();
    private final Function<Object, String> toText;
    private final Set<Sector> chosen = EnumSet.noneOf(Sector.class);
    private Set<Sector> shown = Set.of();

    SectorsEditor(Function<Sector, String> label, Function<Object, String> toText) {
        this.toText = toText;
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("sectors-editor");
        for (Sector sector : Sector.values()) {
            CheckBox box = new CheckBox(label.apply(sector));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    chosen.add(sector);
                } else {
                    chosen.remove(sector);
                }
                button.setText(toText.apply(chosen));
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            item.setUserData(sector);
            button.getItems().add(item);
        }
        button.setOnHidden(e -> {
            if (chosen.equals(shown)) {
                cancel();
            } else {
                shown = Set.copyOf(chosen);
                commit(shown);
            }
        });
    }

    @Override
    public Node node() {
        return button;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void show(Object value) {
        shown = value == null ? Set.of() : Set.copyOf((Set<Sector>) value);
        button.getItems().forEach(item -> ((CheckBox) ((CustomMenuItem) item).getContent())
                .setSelected(shown.contains((Sector) item.getUserData())));
        button.setText(toText.apply(shown));
    }

    @Override
    public void begin(String typed) {
        button.requestFocus();
        button.show();
    }
}
