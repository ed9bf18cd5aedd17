package org.creativeatlas.logic.edit;

import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.model.Source;

/**
 * The rows one stored document review added, with their ids: its source ({@code null} when the document was
 * already one), the new actors, and the names, mentions and links it added, also to actors that were there before.
 */
public record AddedRows(Source source, List<Actor> actors, List<NameVariant> variants, List<Mention> mentions,
                        List<Link> links) {

    public AddedRows {
        actors = List.copyOf(actors);
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return source == null && actors.isEmpty() && variants.isEmpty() && mentions.isEmpty() && links.isEmpty();
    }
}
