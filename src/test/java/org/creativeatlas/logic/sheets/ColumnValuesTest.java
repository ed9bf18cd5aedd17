package org.creativeatlas.logic.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Sector;
import org.creativeatlas.model.Status;
import org.junit.jupiter.api.Test;

class ColumnValuesTest {

    @Test
    void listsEachCodeListTextOnceUnreadableFirstThenByRows() {
        SheetTable table = SheetTable.of(List.of("Name", "Country", "City", "Status"), List.of(
                List.of("A", "Казахстан", "Алматы", "active"),
                List.of("B", "Kyrgyz Rep.", "Бишкек", ""),
                List.of("C", "KZ", "Астана", "active"),
                List.of("D", " KZ ", "Астана", "Работает"),
                List.of("E", "Kyrgyz Rep.", "Ош", "")));
        ColumnMapping mapping = ColumnMapping.of(ActorType.ORGANISATION,
                Arrays.asList("name", "country", "city", "status"));
        List<ColumnValues.Column> columns = ColumnValues.of(table, mapping, 50);
        assertEquals(List.of(1, 3), columns.stream().map(ColumnValues.Column::column).toList(), "code lists only");

        ColumnValues.Column country = columns.get(0);
        assertEquals(List.of(new ColumnValues.Text("Kyrgyz Rep.", 2, null), new ColumnValues.Text("KZ", 2, "KZ"),
                new ColumnValues.Text("Казахстан", 1, "KZ")), country.texts());
        assertEquals("Country", country.header());
        ColumnValues.Column status = columns.get(1);
        assertEquals(List.of("Работает", "active"), status.texts().stream().map(ColumnValues.Text::text).toList());
        assertEquals(Status.ACTIVE, status.texts().get(1).reading());
    }

    @Test
    void longColumnsAreCutAndSayHowManyMore() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(List.of("Hub " + i, "Land " + i));
        }
        ColumnValues.Column column = ColumnValues.of(SheetTable.of(List.of("name", "country"), rows),
                ColumnMapping.of(ActorType.PERSON, Arrays.asList("name", "country")), 12).get(0);
        assertEquals(12, column.texts().size());
        assertEquals(18, column.more());
    }

    @Test
    void onlyCodesOfTheFieldMayBeChosen() {
        assertTrue(ValueCodes.allows(ActorType.ORGANISATION, ActorField.COUNTRY, "KG"));
        assertFalse(ValueCodes.allows(ActorType.ORGANISATION, ActorField.COUNTRY, "Kyrgyzstan"), "a label, not a code");
        assertTrue(ValueCodes.allows(ActorType.ORGANISATION, ActorField.COUNTRY, ""), "leave empty");
        assertTrue(ValueCodes.allows(ActorType.ORGANISATION, ActorField.KIND, "creative_hub"));
        assertFalse(ValueCodes.allows(ActorType.EVENT, ActorField.KIND, "creative_hub"), "not a kind of event");
        assertTrue(ValueCodes.allows(ActorType.ORGANISATION, ActorField.SECTORS, "film, music"));
        assertFalse(ValueCodes.allows(ActorType.ORGANISATION, ActorField.SECTORS, "film, ballet"));
        assertEquals(Set.of(Sector.FILM), ValueCodes.of(ActorType.ORGANISATION, ActorField.SECTORS).get("film"));
        assertEquals("KG", ValueCodes.of(ActorType.PERSON, ActorField.COUNTRY).get("KG"));
    }
}
