package org.creativeatlas.logic.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.geo.AlbersProjection;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.geo.Place;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapPicturesTest {

    private static MapCounts counts() {
        List<ActorRow> rows = List.of(
                ActorRow.of(Actor.named(ActorType.ORGANISATION, "A").withId(1).with(ActorField.COUNTRY, "KG")
                        .with(ActorField.CITY, "Bishkek"), List.of()),
                ActorRow.of(Actor.named(ActorType.EVENT, "B").withId(2).with(ActorField.COUNTRY, "KG")
                        .with(ActorField.CITY, "Бишкек"), List.of()),
                ActorRow.of(Actor.named(ActorType.ORGANISATION, "C").withId(3).with(ActorField.COUNTRY, "KZ")
                        .with(ActorField.CITY, "Өскемен"), List.of()));
        return MapCounts.of(rows, r -> true, CityGazetteer.standard());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk, Бішкек · 2, Қырғызстан, Өскемен · 1", "ru, Бишкек · 2, Кыргызстан, Усть-Каменогорск · 1",
        "en, Bishkek · 2, Kyrgyzstan, Oskemen · 1"})
    void theSvgNamesCitiesAndCountriesInTheChosenLanguage(String lang, String bishkek, String kyrgyzstan,
                                                           String oskemen) {
        MapScene scene = MapScene.of(counts(), new MapLabels(lang));
        String svg = MapPictures.svg(scene, MapPictures.fitted(scene, 1200, 800));

        assertTrue(svg.contains(">" + bishkek + "</text>"), bishkek);
        assertTrue(svg.contains(">" + kyrgyzstan + "</text>"), kyrgyzstan);
        assertTrue(svg.contains(">" + oskemen + "</text>"), oskemen);
        for (String other : List.of("Бішкек · 2", "Бишкек · 2", "Bishkek · 2")) {
            if (!other.equals(bishkek)) {
                assertFalse(svg.contains(">" + other + "<"), "no " + other + " in " + lang);
            }
        }
        assertTrue(svg.startsWith("<?xml") && svg.endsWith("</svg>\n"));
    }

    @Test
    void aCountryInFocusIsFittedAndOnlyItsPlacesAreMarked() {
        MapScene scene = MapScene.of(counts(), new MapLabels("en")).withFocus(Set.of("KG"), true);
        MapView view = MapPictures.fitted(scene, 800, 600);
        String svg = MapPictures.svg(scene, view);

        assertTrue(svg.contains(">Bishkek · 2</text>"));
        assertFalse(svg.contains("Oskemen"), "Kazakhstan is drawn plain");
        double[] kg = scene.outlines().country("KG").orElseThrow().bounds();
        assertTrue(view.screenX(kg[0]) >= 0 && view.screenX(kg[2]) <= 800, "Kyrgyzstan fills the width");
        assertEquals(800 - 2 * 24, view.screenX(kg[2]) - view.screenX(kg[0]), 1,
                "fitted to Kyrgyzstan's width within the margins");
    }

    @Test
    void aCitysMarkerIsKeptInItsCountrysFocusBesideABiggerOneAcrossTheBorder() {
        List<ActorRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            rows.add(ActorRow.of(Actor.named(ActorType.ORGANISATION, "KG " + i).withId(i + 1)
                    .with(ActorField.COUNTRY, "KG").with(ActorField.CITY, "Bishkek"), List.of()));
        }
        for (int i = 0; i < 13; i++) {
            rows.add(ActorRow.of(Actor.named(ActorType.ORGANISATION, "KZ " + i).withId(100 + i)
                    .with(ActorField.COUNTRY, "KZ").with(ActorField.CITY, "Алматы"), List.of()));
        }
        MapScene kazakhstan = MapScene.of(MapCounts.of(rows, r -> true, CityGazetteer.standard()),
                new MapLabels("kk")).withFocus(Set.of("KZ"), true);
        String svg = MapPictures.svg(kazakhstan, MapPictures.fitted(kazakhstan, 560, 240));
        assertTrue(svg.contains(">Алматы · 13</text>"), "Almaty is marked, not folded into Bishkek");
        assertFalse(svg.contains("Бішкек ·"), "Kyrgyzstan is drawn plain");
    }

    @Test
    void thePngIsDrawnAtTheAskedScale() {
        MapScene scene = MapScene.of(counts(), new MapLabels("kk"));
        MapView view = MapPictures.fitted(scene, 600, 400);
        BufferedImage image = MapPictures.image(scene, view, 2);
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        Place bishkek = CityGazetteer.standard().find("Bishkek").orElseThrow();
        double[] at = AlbersProjection.CENTRAL_ASIA.project(bishkek.longitude(), bishkek.latitude());
        int x = (int) Math.round(view.screenX(at[0]) * 2);
        int y = (int) Math.round(view.screenY(at[1]) * 2);
        // one organisation and one event: the right half of the pie is the organisation's, the left the event's
        assertEquals(0x2f6fb3, image.getRGB(x + 6, y) & 0xffffff, "organisations' colour right of the centre");
        assertEquals(0xef8a17, image.getRGB(x - 6, y) & 0xffffff, "events' colour left of the centre");
    }
}
