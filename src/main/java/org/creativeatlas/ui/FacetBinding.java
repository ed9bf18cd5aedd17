package org.creativeatlas.ui;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;
import org.creativeatlas.ui.viewmodel.FilterViewModel;

/**
 * Keeps a check box list and a facet of the filter in step, both ways, and titles the box with what is chosen
 * ({@code shortLabel} of each) or "all". The facet outlives the box (a new window is built for a new language), so
 * the box listens to it weakly and the controller holds this binding.
 */
final class FacetBinding<T> {

    private final CheckComboBox<T> box;
    private final List<T> items;
    private final ObservableSet<T> chosen;
    private final Function<T, String> shortLabel;
    private final String title;
    private final String all;
    /** Set while one side is being brought in step with the other, so it does not answer back. */
    private boolean following;
    /** Wider than this, a long choice is cut (the tooltip holds it whole): the bar has other boxes too. */
    private static final double MAX_WIDTH = 320;

    private final SetChangeListener<T> chosenChanged = c -> {
        // titled first: the skin shows the title only when the checks change, so it must be the new one by then
        retitle();
        follow(this::showChosen);
    };

    FacetBinding(CheckComboBox<T> box, List<T> items, ObservableSet<T> chosen, FilterViewModel filter,
                 Function<T, String> label, Function<T, String> shortLabel, String title, String all) {
        this.box = box;
        this.items = List.copyOf(items);
        this.chosen = chosen;
        this.shortLabel = shortLabel;
        this.title = title;
        this.all = all;
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
        showChosen();
        // both sides report one element at a time: a listener writing back in between would break the other's
        // iteration (a cleared set) or read a half-updated list (nulls in the check model's checked items)
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c ->
                follow(() -> filter.choose(chosen, new HashSet<>(box.getCheckModel().getCheckedItems()))));
        chosen.addListener(new WeakSetChangeListener<>(chosenChanged));
        box.setMinWidth(Region.USE_PREF_SIZE);
        // measured once styled (the skin and its inner box come in the first passes), and again on each change
        box.needsLayoutProperty().addListener(obs -> fit());
        retitle();
    }

    private void follow(Runnable bringInStep) {
        if (!following) {
            following = true;
            try {
                bringInStep.run();
            } finally {
                following = false;
            }
        }
    }

    /** Checks exactly the chosen items. */
    private void showChosen() {
        IndexedCheckModel<T> checks = box.getCheckModel();
        for (int i = 0; i < items.size(); i++) {
            boolean wanted = chosen.contains(items.get(i));
            if (wanted && !checks.isChecked(i)) {
                checks.check(i);
            } else if (!wanted && checks.isChecked(i)) {
                checks.clearCheck(i);
            }
        }
    }

    private boolean inList(Node cell) {
        for (Node up = cell.getParent(); up != null && up != box; up = up.getParent()) {
            if (up instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    private void retitle() {
        String text = title + ": " + (chosen.isEmpty() ? all
                : items.stream().filter(chosen::contains).map(shortLabel).collect(Collectors.joining(", ")));
        box.setTitle(text);
        box.setTooltip(new Tooltip(text));
        fit();
    }

    /**
     * Makes the box as wide as its title, in the language and font it is shown in: a fixed width cut the longer
     * languages' titles short. Measured once the skin is styled: around the title are the button's padding, the
     * arrow and the borders.
     */
    private void fit() {
        // the button's cell, not one of the skin's list (whose cells sit in a flow)
        Labeled cell = (Labeled) box.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof Labeled && !inList(n)).findFirst().orElse(null);
        if (cell == null || !(cell.getParent() instanceof Region combo)
                || !(box.lookup(".arrow-button") instanceof Region arrow)) {
            return;
        }
        Text probe = new Text(box.getTitle());
        probe.setFont(cell.getFont());
        double around = (combo == box ? 0 : box.snappedLeftInset() + box.snappedRightInset())
                + combo.snappedLeftInset() + combo.snappedRightInset() + cell.snappedLeftInset()
                + cell.snappedRightInset() + arrow.prefWidth(-1);
        double wanted = Math.min(MAX_WIDTH, Math.ceil(probe.getLayoutBounds().getWidth() + around + 2));
        if (Math.abs(wanted - box.getPrefWidth()) > 0.5) {
            box.setPrefWidth(wanted);
        }
    }
}
