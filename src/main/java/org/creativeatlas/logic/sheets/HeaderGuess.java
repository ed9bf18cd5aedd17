package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;

/**
 * Guesses what each column holds from its header, in English, Russian or Kazakh: the app's own field labels and
 * codes, and the words researchers write ("Название", "Атауы", "Страна", "Ел", "Сфера", "Сала"...). Each field is
 * given to the first column that names it; a column nobody recognises is left out.
 */
public final class HeaderGuess {

    private static final Map<String, ActorField> FIELDS = fieldWords();
    private static final Map<String, String> LINK_PARTS = linkWords();

    private HeaderGuess() {
    }

    public static ColumnMapping actors(ActorType type, List<String> headers) {
        List<ActorField> out = new ArrayList<>();
        for (String header : headers) {
            ActorField field = FIELDS.get(Words.key(header));
            out.add(field != null && type.fields().contains(field) && !out.contains(field) ? field : null);
        }
        return new ColumnMapping(type, out);
    }

    /** The field a header names, whatever the actor type: to say why a column was left out. */
    public static Optional<ActorField> named(String header) {
        return Optional.ofNullable(FIELDS.get(Words.key(header)));
    }

    public static LinkColumns links(List<String> headers) {
        List<String> codes = new ArrayList<>();
        for (String header : headers) {
            String part = LINK_PARTS.get(Words.key(header));
            codes.add(part != null && !codes.contains(part) ? part : null);
        }
        return LinkColumns.of(codes);
    }

    private static Map<String, ActorField> fieldWords() {
        Map<String, ActorField> out = new HashMap<>();
        put(out, ActorField.NAME, "name", "full name", "organisation", "organization", "organisation name",
                "organization name", "название", "наименование", "имя", "фио", "атауы", "аты", "аты жөні", "атау");
        put(out, ActorField.KIND, "kind", "type", "category", "тип", "вид", "категория", "түрі", "санаты", "типі");
        put(out, ActorField.COUNTRY, "country", "страна", "ел", "мемлекет", "елі");
        put(out, ActorField.CITY, "city", "town", "город", "қала", "қаласы", "населенный пункт");
        put(out, ActorField.WEBSITE, "website", "web site", "site", "url", "web", "сайт", "веб сайт", "вебсайт",
                "сайты");
        put(out, ActorField.SECTORS, "sectors", "sector", "industry", "industries", "field", "сфера", "сферы",
                "сектор", "сектора", "отрасль", "отрасли", "сала", "салалар", "саласы");
        put(out, ActorField.STATUS, "status", "статус", "мәртебе", "мәртебесі", "жағдайы");
        put(out, ActorField.MODE, "mode", "format", "формат", "режим", "форматы");
        put(out, ActorField.LANGUAGES, "languages", "language", "языки", "язык", "тілдер", "тілі");
        put(out, ActorField.START_YEAR, "founded", "year founded", "established", "start year", "год основания",
                "год создания", "основан", "құрылған жылы", "құрылған жыл");
        put(out, ActorField.END_YEAR, "end year", "closed", "год закрытия", "жабылған жылы");
        put(out, ActorField.START_DATE, "start date", "date", "дата", "дата начала", "басталу күні", "күні");
        put(out, ActorField.END_DATE, "end date", "дата окончания", "аяқталу күні");
        put(out, ActorField.ROLE, "role", "position", "job title", "должность", "роль", "лауазымы", "рөлі");
        put(out, ActorField.DESCRIPTION, "description", "about", "описание", "сипаттама", "сипаттамасы");
        put(out, ActorField.NOTES, "notes", "note", "comment", "comments", "примечание", "примечания", "заметки",
                "комментарий", "ескертпе", "ескертпелер");
        for (String lang : List.of("en", "ru", "kk")) {
            ResourceBundle bundle = Messages.bundleFor(Locale.forLanguageTag(lang));
            for (ActorField field : ActorField.values()) {
                out.putIfAbsent(Words.key(field.code()), field);
                String label = bundle.getString("field." + field.code());
                out.putIfAbsent(Words.key(label), field);
                for (String part : label.split("/")) {
                    out.putIfAbsent(Words.key(part), field);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> linkWords() {
        Map<String, String> out = new HashMap<>();
        put(out, "person", "person", "people", "name", "full name", "персона", "человек", "фио", "имя", "тұлға",
                "адам", "аты жөні");
        put(out, "organisation", "organisation", "organization", "org", "employer", "place of work", "организация",
                "место работы", "ұйым", "жұмыс орны", "мекеме");
        put(out, "role", "role", "position", "job title", "должность", "роль", "лауазымы", "рөлі");
        put(out, "from", "from", "start", "since", "start date", "с", "начало", "дата начала", "бастап",
                "басталуы");
        put(out, "to", "to", "end", "until", "end date", "по", "конец", "дата окончания", "дейін", "аяқталуы");
        return Map.copyOf(out);
    }

    @SafeVarargs
    private static <T> void put(Map<String, T> map, T target, String... words) {
        for (String word : words) {
            map.putIfAbsent(Words.key(word), target);
        }
    }
}
