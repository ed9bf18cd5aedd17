package org.creativeatlas.ui.imports;

import javafx.util.StringConverter;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.ui.viewmodel.ActorItem;

/** Shows a catalogue actor in a picker as its name with its city or country, so namesakes can be told apart. */
final class ActorNames extends StringConverter<ActorItem> {

    private final Messages messages;

    ActorNames(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String toString(ActorItem item) {
        if (item == null) {
            return "";
        }
        String place = item.actor().city() != null ? item.actor().city() : item.actor().country();
        return place == null ? item.actor().name() : messages.get("review.actor_in", item.actor().name(), place);
    }

    @Override
    public ActorItem fromString(String text) {
        return null;
    }
}
