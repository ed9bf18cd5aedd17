package org.creativeatlas.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Link;
import org.creativeatlas.ui.RightToLeft;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.LinkEntry;
import org.creativeatlas.ui.viewmodel.PersonTies;

/** The person part of the detail pane: where they work or worked and when, events, co-workers; each name a link. */
final class PersonSection {

    private final VBox box;
    private final Messages messages;
    private final Consumer<ActorItem> show;

    PersonSection(VBox box, Messages messages, Consumer<ActorItem> show) {
        this.box = box;
        this.messages = messages;
        this.show = show;
    }

    /** Shows the ties, or hides the section (null: the selection is not a person). */
    void show(PersonTies ties) {
        box.getParent().setVisible(ties != null);
        box.getParent().setManaged(ties != null);
        box.getChildren().clear();
        if (ties == null) {
            return;
        }
        group("detail.person.institutions", ties.institutions(), e -> row(e.other(), roleAndPeriod(e.link())));
        group("detail.person.events", ties.events(),
                e -> row(e.other(), messages.label("participation", e.link().role())));
        group("detail.person.coworkers", ties.coworkers(), c -> row(c.person(),
                c.role() == null ? c.organisation().actor().name()
                        : messages.get("detail.person.role_at", c.role(), c.organisation().actor().name())));
        if (ties.isEmpty()) {
            Label none = new Label(messages.get("detail.person.none"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
    }

    private <T> void group(String key, List<T> items, Function<T, Node> row) {
        if (items.isEmpty()) {
            return;
        }
        Label heading = new Label(messages.get(key, items.size()));
        heading.getStyleClass().add("link-group");
        box.getChildren().add(heading);
        items.forEach(i -> box.getChildren().add(row.apply(i)));
    }

    private Node row(ActorItem other, String aside) {
        Hyperlink name = new Hyperlink(other.actor().name());
        RightToLeft.wrap(name);
        name.setOnAction(e -> show.accept(other));
        Label detail = new Label(aside == null ? "" : aside);
        detail.getStyleClass().add("muted");
        RightToLeft.wrap(detail);
        // beside each other while both fit, the aside below otherwise: side by side, a long role squeezed a short
        // name into a column one letter wide
        FlowPane row = new FlowPane(8, 0, name, detail);
        // a flow pane's minimum is its widest child's whole width: a long name would widen the pane past its window
        row.setMinWidth(0);
        name.maxWidthProperty().bind(row.widthProperty());
        detail.maxWidthProperty().bind(row.widthProperty());
        row.getStyleClass().add("detail-row");
        return row;
    }

    private String roleAndPeriod(Link link) {
        String period = period(link.start(), link.end());
        if (link.role() == null) {
            return period;
        }
        return period.isEmpty() ? link.role() : link.role() + " · " + period;
    }

    private String period(String start, String end) {
        if (start != null && end != null) {
            return start + "–" + end;
        }
        if (start != null) {
            return messages.get("detail.person.since", start);
        }
        return end == null ? "" : messages.get("detail.person.until", end);
    }
}
