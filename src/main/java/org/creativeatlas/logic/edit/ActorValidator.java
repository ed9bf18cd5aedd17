package org.creativeatlas.logic.edit;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.IsoDates;
import org.creativeatlas.model.Problem;

/** Decides whether a field value may be stored on an actor, looking at the other fields where they depend. */
public final class ActorValidator {

    static final int FIRST_YEAR = 1000;
    private static final int YEARS_AHEAD = 10;

    private ActorValidator() {
    }

    /** The problem with setting {@code field} to {@code value} on {@code actor}, if any. */
    public static Optional<Problem> check(Actor actor, ActorField field, Object value) {
        return switch (field) {
            case NAME -> value == null || ((String) value).isBlank()
                    ? Optional.of(Problem.of("problem.name.empty")) : Optional.empty();
            case KIND -> value == null || actor.type().kinds().contains(value)
                    ? Optional.empty() : Optional.of(Problem.of("problem.kind.unknown", value));
            case COUNTRY -> value == null || Countries.isKnown((String) value)
                    ? Optional.empty() : Optional.of(Problem.of("problem.country.unknown", value));
            case WEBSITE -> checkWebsite((String) value);
            case START_YEAR, END_YEAR -> checkYear((Integer) value).or(() -> checkYearOrder(actor.with(field, value)));
            case START_DATE, END_DATE -> checkDate((String) value).or(() -> checkDateOrder(actor.with(field, value)));
            default -> Optional.empty();
        };
    }

    /** Every problem of a whole actor (used when importing), first one only. */
    public static Optional<Problem> checkAll(Actor actor) {
        for (ActorField field : ActorField.values()) {
            Optional<Problem> problem = check(actor, field, actor.get(field));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> checkWebsite(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && uri.getHost().contains(".")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // falls through to the problem below
        }
        return Optional.of(Problem.of("problem.website.malformed", url));
    }

    private static Optional<Problem> checkYear(Integer year) {
        // the UTC year: the local one would look up the time zone on each of an import's rows, and ten years
        // ahead a few hours do not matter
        int last = Year.now(ZoneOffset.UTC).getValue() + YEARS_AHEAD;
        return year == null || (year >= FIRST_YEAR && year <= last)
                ? Optional.empty() : Optional.of(Problem.of("problem.year.range", String.valueOf(year),
                String.valueOf(FIRST_YEAR), String.valueOf(last)));
    }

    private static Optional<Problem> checkYearOrder(Actor a) {
        return a.startYear() != null && a.endYear() != null && a.endYear() < a.startYear()
                ? Optional.of(Problem.of("problem.end.before.start")) : Optional.empty();
    }

    private static Optional<Problem> checkDate(String date) {
        return date == null || IsoDates.isValid(date)
                ? Optional.empty() : Optional.of(Problem.of("problem.date.invalid", date));
    }

    private static Optional<Problem> checkDateOrder(Actor a) {
        return a.startDate() != null && a.endDate() != null && IsoDates.isValid(a.startDate())
                && IsoDates.isValid(a.endDate()) && IsoDates.compare(a.endDate(), a.startDate()) < 0
                ? Optional.of(Problem.of("problem.end.before.start")) : Optional.empty();
    }
}
