package dev.gouji.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the figures (amounts, counts, percentages, measures, scores) written in report text.
 * Stateless and therefore thread-safe; each call scans its input once.
 */
public final class NumberReader {

    /** Every figure in running text, in order, non-overlapping. Bare numbers without a unit are left out. */
    public List<Quantity> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        for (Scanner.Token t : new Scanner(text, false).scan()) {
            if (t.role() == Scanner.Role.FIGURE) {
                out.add(t.quantity());
            }
        }
        return out;
    }

    /**
     * The single figure of a table cell; a bare number counts. Leading words are allowed (a target cell
     * such as "到达90%以上"), trailing words are not (a criterion such as "≥95%得满分" is not a figure).
     * Empty when the cell holds no figure, different figures, or a date, code or label number.
     */
    public Optional<Quantity> parseCell(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Quantity found = null;
        int lastEnd = 0;
        for (Scanner.Token t : new Scanner(text, true).scan()) {
            if (t.role() == Scanner.Role.BLOCK) {
                return Optional.empty();
            }
            if (t.role() != Scanner.Role.FIGURE) {
                continue;
            }
            Quantity q = t.quantity();
            if (found != null && !sameFigure(found, q)) {
                return Optional.empty();
            }
            if (found == null) {
                found = q;
            }
            lastEnd = q.end();
        }
        if (found == null || hasWords(text, lastEnd)) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private static boolean sameFigure(Quantity a, Quantity b) {
        return a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit()) && a.qualifier() == b.qualifier();
    }

    private static boolean hasWords(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
