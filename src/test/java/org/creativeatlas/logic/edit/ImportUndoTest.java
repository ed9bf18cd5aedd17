package org.creativeatlas.logic.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.creativeatlas.logic.sheets.BadRows;
import org.creativeatlas.logic.sheets.CsvSheet;
import org.creativeatlas.logic.sheets.HeaderGuess;
import org.creativeatlas.logic.sheets.LinkSheetImport;
import org.creativeatlas.logic.sheets.SheetImport;
import org.creativeatlas.logic.sheets.SheetImportResult;
import org.creativeatlas.logic.sheets.SheetTable;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** A spreadsheet import is one undo step: undo takes out exactly its rows, redo puts them back with their ids. */
class ImportUndoTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void undoingAnActorImportRemovesItsRowsAndRedoBringsThemBack(Engine engine) {
        try (Catalogue c = engine.open(dir, "a")) {
            CatalogueEditor editor = new CatalogueEditor(c);
            Actor before = editor.add(ActorType.ORGANISATION, "Astana Hub");
            SheetTable sheet = CsvSheet.read(("Атауы;Ел\nҚазақ ұлттық өнер университеті;Қазақстан\n"
                    + "Ololo Group;Қырғызстан\nTuran University;Kazakhstan\n").getBytes(StandardCharsets.UTF_8));
            SheetImportResult result = SheetImport.run(c, sheet,
                    HeaderGuess.actors(ActorType.ORGANISATION, sheet.headers()), BadRows.SKIP);
            editor.recordImport(result.newActors(), result.newLinks());
            List<Actor> imported = c.actors().all().subList(1, 4);
            assertEquals(3, result.newActors().size());
            assertEquals(imported.get(0).id(), result.newActors().first());

            editor.undo();
            assertEquals(List.of(before), c.actors().all());
            assertTrue(editor.canRedo());
            editor.redo();
            List<Actor> back = c.actors().all();
            assertEquals(4, back.size());
            for (int i = 0; i < 3; i++) {
                Actor a = back.get(i + 1);
                assertEquals(imported.get(i).id(), a.id());
                assertEquals(imported.get(i).name(), a.name());
                assertEquals(imported.get(i).country(), a.country());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void undoingARelationshipImportKeepsTheActorsItMatchedAndTheirOtherLinks(Engine engine) {
        try (Catalogue c = engine.open(dir, "links")) {
            CatalogueEditor editor = new CatalogueEditor(c);
            Actor turan = editor.add(ActorType.ORGANISATION, "«Тұран» университеті");
            Actor hub = editor.add(ActorType.ORGANISATION, "Astana Hub");
            Link earlier = editor.link(Link.of(LinkType.RELATION, turan.id(), hub.id(), "partner"));
            SheetTable sheet = CsvSheet.read(("person,organisation,role\nДанияр Аманалиев,«Тұран» университеті,ректор\n"
                    + "Айгүл Серікова,Ololo Group,директор\n").getBytes(StandardCharsets.UTF_8));
            SheetImportResult result = LinkSheetImport.run(c, sheet, HeaderGuess.links(sheet.headers()), BadRows.SKIP);
            editor.recordImport(result.newActors(), result.newLinks());
            assertEquals(2, result.imported());
            assertEquals(5, c.actors().count(), "two people and Ololo Group were created");

            editor.undo();
            assertEquals(List.of(turan, hub), c.actors().all());
            assertEquals(List.of(earlier), c.links().all());
            editor.redo();
            assertEquals(5, c.actors().count());
            assertEquals(3, c.links().all().size());
            assertFalse(c.links().of(turan.id()).isEmpty());
        }
    }
}
