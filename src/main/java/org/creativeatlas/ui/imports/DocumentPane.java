package org.creativeatlas.ui.imports;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import org.creativeatlas.logic.extract.Candidate.Span;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.creativeatlas.ui.viewmodel.ReviewViewModel;

/**
 * The document side of the review: every candidate's names marked by its decision, the selected one's sentences
 * (what its mentions will store) under them, the view scrolled to it; a click on a marked name selects its candidate.
 */
final class DocumentPane {

    private final ReviewViewModel review;
    private final ScrollPane scroll;
    private final DocumentTextView text;

    DocumentPane(ReviewViewModel review, ScrollPane scroll) {
        this.review = review;
        this.scroll = scroll;
        this.text = new DocumentTextView(review.proposal().document().text());
        text.setOnMouseClicked(e -> selectAt(text.charAt(new Point2D(e.getX(), e.getY()))));
        scroll.setContent(text);
    }

    void mark() {
        CandidateRow selected = review.selected().get();
        List<DocumentTextView.Mark> marks = new ArrayList<>();
        if (selected != null) {
            selected.proposal().passages().forEach(p -> marks.add(
                    new DocumentTextView.Mark(p.span().start(), p.span().end(), List.of("mark-passage"))));
        }
        for (CandidateRow row : review.rows()) {
            String state = "mark-" + CandidateColumns.styleOf(row.decision().get());
            List<String> styles = row == selected ? List.of("mark", state, "mark-focus") : List.of("mark", state);
            row.candidate().passages().forEach(s -> marks.add(new DocumentTextView.Mark(s.start(), s.end(), styles)));
        }
        text.setMarks(marks);
    }

    /** Brings the candidate's first mention into view, a third of the way down. */
    void scrollTo(CandidateRow row) {
        List<Span> spans = row.candidate().passages();
        if (spans.isEmpty() || text.getHeight() <= 0) {
            return;
        }
        Bounds at = text.boundsOf(spans.get(0).start(), spans.get(0).end());
        double viewport = scroll.getViewportBounds().getHeight();
        double room = text.getHeight() - viewport;
        if (room > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - viewport / 3) / room)));
        }
    }

    private void selectAt(int offset) {
        review.rows().stream().filter(r -> r.candidate().passages().stream()
                        .anyMatch(s -> s.start() <= offset && offset < s.end()))
                .findFirst().ifPresent(r -> review.selected().set(r));
    }
}
