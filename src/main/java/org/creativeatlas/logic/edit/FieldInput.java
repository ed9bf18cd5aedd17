package org.creativeatlas.logic.edit;

import java.util.Set;
import org.creativeatlas.logic.ValidationException;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Problem;

/**
 * Turns what a person typed or chose into the value an actor field holds: text is stripped (blank means none),
 * years must be whole numbers. Values already of the field's type pass through.
 */
public final class FieldInput {

    private static final Set<ActorField> YEARS = Set.of(ActorField.START_YEAR, ActorField.END_YEAR);

    private FieldInput() {
    }

    public static Object parse(ActorField field, Object input) {
        if (!(input instanceof String text)) {
            return input;
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (YEARS.contains(field)) {
            try {
                return Integer.valueOf(stripped);
            } catch (NumberFormatException e) {
                throw new ValidationException(Problem.of("problem.year.number", stripped));
            }
        }
        return stripped;
    }
}
