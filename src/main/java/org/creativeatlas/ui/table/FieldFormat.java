package org.creativeatlas.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CatalogueViewModel;

/**
 * How each actor field is shown, chosen from and sorted, in the language of the window. Table cells and the
 * detail form both use it, so a field looks and edits the same in both places.
 */
public final class FieldFormat {

    /** How a field is edited. */
    public enum Input { TEXT, LONG_TEXT, CHOICE, SECTORS }

    /** One entry of a choice list: the stored value (null for "none") and its label. */
    public record Choice(Object value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Messages messages;
    private final String lang;
    private final CatalogueViewModel catalogue;
    private final Map<ActorField, Map<Object, String>> labels = new EnumMap<>(ActorField.class);

    public FieldFormat(Messages messages, String lang, CatalogueViewModel catalogue) {
        this.messages = messages;
        this.lang = lang;
        this.catalogue = catalogue;
    }

    public Messages messages() {
        return messages;
    }

    public static Input input(ActorField field) {
        return switch (field) {
            case KIND, COUNTRY, STATUS, MODE, OPERATOR -> Input.CHOICE;
            case SECTORS -> Input.SECTORS;
            case DESCRIPTION, NOTES -> Input.LONG_TEXT;
            default -> Input.TEXT;
        };
    }

    public String label(ActorField field) {
        return messages.get("field." + field.code());
    }

    public String display(ActorField field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            // labels of codes are few and sorting asks for them a million times: made once each
            case KIND, COUNTRY, STATUS, MODE -> labels.computeIfAbsent(field, f -> new HashMap<>())
                    .computeIfAbsent(value, v -> label(field, v));
            default -> label(field, value);
        };
    }

    private String label(ActorField field, Object value) {
        return switch (field) {
            case KIND -> messages.label("kind", (String) value);
            case COUNTRY -> countryLabel((String) value);
            case STATUS -> messages.label("status", (Status) value);
            case MODE -> messages.label("mode", (Mode) value);
            // in the sectors' own order, whatever kind of set holds them
            case SECTORS -> ((Set<?>) value).stream().map(Sector.class::cast).sorted().map(this::sectorLabel)
                    .collect(Collectors.joining(", "));
            case OPERATOR -> catalogue.item((Long) value).map(i -> i.actor().name()).orElse("");
            default -> String.valueOf(value);
        };
    }

    public String countryLabel(String code) {
        return Countries.byCode(code).map(c -> c.code() + "  " + c.name(lang)).orElse(code);
    }

    public String sectorLabel(Sector sector) {
        return messages.label("sector", sector);
    }

    /** The values a choice field offers, "none" first. */
    public List<Choice> choices(ActorType type, ActorField field) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(null, "—"));
        List<?> values = switch (field) {
            case KIND -> type.kinds();
            case COUNTRY -> Countries.all().stream().map(c -> c.code()).toList();
            case STATUS -> Arrays.asList(Status.values());
            case MODE -> Arrays.asList(Mode.values());
            case OPERATOR -> catalogue.table(ActorType.ORGANISATION).items().stream()
                    .sorted(Comparator.comparing(i -> i.actor().name(), catalogue.names()))
                    .map(ActorItem::id).toList();
            default -> List.of();
        };
        values.forEach(v -> out.add(new Choice(v, display(field, v))));
        return out;
    }

    /** Sorts a column: years as numbers, dates as text, everything else by its label in alphabet order. */
    public Comparator<Object> comparator(ActorField field) {
        return switch (field) {
            case START_YEAR, END_YEAR -> Comparator.nullsLast(Comparator.comparing(v -> (Integer) v));
            case START_DATE, END_DATE -> Comparator.nullsLast(Comparator.comparing(v -> (String) v));
            default -> Comparator.comparing(v -> v == null ? null : display(field, v),
                    Comparator.nullsLast(catalogue.names()));
        };
    }
}
