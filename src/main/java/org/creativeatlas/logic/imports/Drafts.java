package org.creativeatlas.logic.imports;

import java.util.Locale;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.IsoDates;

/** The new actor a candidate would become, with only the values the catalogue accepts as they are. */
final class Drafts {

    private Drafts() {
    }

    static Actor of(Candidate c) {
        Actor draft = Actor.named(c.type(), c.name())
                .with(ActorField.KIND, KindGuess.of(c.type(), c.name()))
                .with(ActorField.COUNTRY, Countries.isKnown(c.country()) ? c.country().toUpperCase(Locale.ROOT) : null)
                .with(ActorField.CITY, c.city());
        if (c.type() == ActorType.PERSON) {
            draft = draft.with(ActorField.ROLE, c.role());
        }
        if (c.type() == ActorType.EVENT && IsoDates.isValid(c.date())) {
            draft = draft.with(ActorField.START_DATE, c.date());
        }
        return draft;
    }
}
