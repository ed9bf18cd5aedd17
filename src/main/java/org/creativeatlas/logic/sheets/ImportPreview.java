package org.creativeatlas.logic.sheets;

import java.util.List;

/** What an import would do, before anything is written: the first rows as read, and the problems of every row. */
public record ImportPreview(List<String> headers, List<RowResult> firstRows, ProblemSummary summary) {
}
