package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** A Kazakh presentation named by the work it presents, however many volumes the work counts. */
class KazakhWorkPresentationsTest {

    @Test
    void aNumberOfVolumesStaysInsideThePresentationsName() {
        // Yessenov University, on a Turkish scholar's dictionary
        List<Candidate> found = run("Одан әрі құрметті профессор Мухеттин Шимшектің «Түрік әдебиетіндегі атаулар "
                + "сөздігі» атты 20 томдық еңбегінің салтанатты тұсаукесері өтті.");
        find(found, ActorType.EVENT,
                "«Түрік әдебиетіндегі атаулар сөздігі» атты 20 томдық еңбегінің салтанатты тұсаукесері");
    }
}
