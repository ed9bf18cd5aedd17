package org.creativeatlas.logic.sheets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.logic.match.ActorMatcher;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.IdRange;
import org.creativeatlas.model.IsoDates;
import org.creativeatlas.model.Link;
import org.creativeatlas.model.LinkType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;

/**
 * Imports a relationship sheet, one affiliation per row (person, organisation, role, from, to): each person and
 * organisation is the catalogue's actor the shared {@link ActorMatcher} finds as the same (score ≥
 * {@link Match#SAME}), or a new one, which later rows then find too. A link already there is not added twice.
 * One transaction; bad rows are skipped or refuse the whole sheet.
 */
public final class LinkSheetImport {

    private final Catalogue catalogue;
    private final ActorMatcher matcher;
    private final Set<String> known = new HashSet<>();
    private final Set<Long> created = new HashSet<>();
    private final Set<Long> matched = new HashSet<>();
    private final Set<Long> linked = new HashSet<>();

    private LinkSheetImport(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.matcher = ActorMatcher.of(catalogue);
        catalogue.links().all().forEach(l -> known.add(key(l)));
    }

    public static SheetImportResult run(Catalogue catalogue, SheetTable table, LinkColumns columns, BadRows bad) {
        if (!columns.complete()) {
            throw new SheetException(Problem.of("sheet.error.no_link"));
        }
        ProblemSummary.Builder summary = new ProblemSummary.Builder();
        List<Integer> good = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            List<RowProblem> problems = check(table, row, columns);
            summary.row(problems);
            if (problems.isEmpty()) {
                good.add(row);
            }
        }
        ProblemSummary problems = summary.build();
        if (bad == BadRows.REFUSE_ALL && !problems.isClean()) {
            return SheetImportResult.refused(table.size(), problems);
        }
        // the ranges are taken inside the transaction: if the new rows were not numbered one after another, undo
        // could not find them, and the import is rolled back rather than stored without a way back. The matcher is
        // built inside it too, afresh if the transaction runs again after meeting the file busy
        return catalogue.db().inTransaction(() -> {
            LinkSheetImport run = new LinkSheetImport(catalogue);
            int added = 0;
            for (int row : good) {
                added += run.link(table, row, columns) ? 1 : 0;
            }
            return new SheetImportResult(added, table.size() - good.size(), run.created.size(), run.matched.size(),
                    problems, false, range(run.created), range(run.linked));
        });
    }

    /** The problems of every row, found before anything is written (as {@link SheetImport#preview} does). */
    public static ProblemSummary preview(SheetTable table, LinkColumns columns) {
        ProblemSummary.Builder summary = new ProblemSummary.Builder();
        for (int row = 0; row < table.size(); row++) {
            summary.row(check(table, row, columns));
        }
        return summary.build();
    }

    private static List<RowProblem> check(SheetTable table, int row, LinkColumns columns) {
        List<RowProblem> out = new ArrayList<>();
        int number = table.rowNumbers()[row];
        if (table.cell(row, columns.person()).isEmpty() || table.cell(row, columns.organisation()).isEmpty()) {
            out.add(new RowProblem(number, null, Problem.of("problem.name.empty")));
        }
        for (int c : new int[] {columns.from(), columns.to()}) {
            String date = c < 0 ? "" : table.cell(row, c);
            if (!date.isEmpty() && !IsoDates.isValid(date)) {
                out.add(new RowProblem(number, table.headers().get(c), Problem.of("problem.date.invalid", date)));
            }
        }
        return out;
    }

    private boolean link(SheetTable table, int row, LinkColumns columns) {
        Actor person = actor(ActorType.PERSON, table.cell(row, columns.person()));
        Actor organisation = actor(ActorType.ORGANISATION, table.cell(row, columns.organisation()));
        Link link = new Link(0, LinkType.AFFILIATION, person.id(), organisation.id(), cell(table, row, columns.role()),
                cell(table, row, columns.from()), cell(table, row, columns.to()), null);
        if (!known.add(key(link))) {
            return false;
        }
        linked.add(catalogue.links().insert(link).id());
        return true;
    }

    private Actor actor(ActorType type, String name) {
        List<Match> matches = matcher.matches(type, name, List.of(), null);
        if (!matches.isEmpty() && matches.get(0).isSame()) {
            Actor found = matches.get(0).actor();
            if (!created.contains(found.id())) {
                matched.add(found.id());
            }
            return found;
        }
        Actor stored = catalogue.actors().insert(Actor.named(type, name));
        matcher.add(stored, List.of());
        created.add(stored.id());
        return stored;
    }

    private static String cell(SheetTable table, int row, int column) {
        String text = column < 0 ? "" : table.cell(row, column);
        return text.isEmpty() ? null : text;
    }

    /** The ids as a range: rows stored in one transaction get one id after another. */
    private static IdRange range(Set<Long> ids) {
        if (ids.isEmpty()) {
            return IdRange.EMPTY;
        }
        IdRange range = new IdRange(Collections.min(ids), Collections.max(ids));
        if (range.size() != ids.size()) {
            throw new IllegalStateException("the import's new rows are not numbered one after another");
        }
        return range;
    }

    private static String key(Link l) {
        return l.type() + "|" + l.fromId() + "|" + l.toId() + "|" + l.role() + "|" + l.start() + "|" + l.end();
    }
}
