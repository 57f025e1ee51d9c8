package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brackets and quotes that do not pair up. A paragraph may end inside a pair that the next one closes (a line
 * or page break the reader could not join), so what a paragraph leaves open is carried into the next one
 * before it is called unclosed. A closing bracket after a list number (「1）」, 「a)」, 「①)」) is a list marker,
 * not half a pair. Straight quotes, which open and close alike, are not checked.
 */
final class Brackets {
    private static final String OPEN = "(【[《「『〔“‘";
    private static final String CLOSE = ")】]》」』〕”’";
    private static final Pattern LIST_MARKER = Pattern.compile(
            "(?:^|[\\s,.;:，。；：、])(?:[0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,4}|[一二三四五六七八九十]{1,3}|[①-⑳]|[Ⅰ-Ⅻⅰ-ⅻ]|[甲乙丙丁戊己庚辛壬癸])$");
    /** A range of numbers written as an interval, half-open ones included (「[80,90)」「(0,5]」): its ends pair as they are. */
    private static final Pattern INTERVAL = Pattern.compile(
            "[\\[(]\\s*-?[0-9]+(?:\\.[0-9]+)?%?\\s*[,，~～、-]\\s*-?[0-9]+(?:\\.[0-9]+)?%?\\s*[\\])]");

    private record Open(char c, TextSpans span, int at) {
    }

    private Brackets() {
    }

    static void find(List<TextSpans> spans, List<TextFlaw> out) {
        Deque<Open> carried = new ArrayDeque<>();
        // a cell's text may run on into the next cell (a long name a PDF table wraps onto the next row): cells
        // carry what they leave open among themselves, apart from the paragraphs around the table
        Deque<Open> carriedInCells = new ArrayDeque<>();
        for (TextSpans s : spans) {
            if (s.cell()) {
                carriedInCells = check(s, carriedInCells, out, true);
                continue;
            }
            flagOpen(carriedInCells, out);
            carried = check(s, carried, out, false);
        }
        flagOpen(carriedInCells, out);
        flagOpen(carried, out);
    }

    /**
     * Checks one piece of text, {@code carriedIn} holding what the text before left open; returns what it leaves
     * open, with what was carried in and not closed when {@code keepCarried} (cells), else that is flagged here.
     */
    private static Deque<Open> check(TextSpans s, Deque<Open> carriedIn, List<TextFlaw> out, boolean keepCarried) {
        String text = withoutIntervals(s.text().normalized());
        Deque<Open> open = new ArrayDeque<>();
        Deque<Open> carried = new ArrayDeque<>(carriedIn);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = OPEN.indexOf(c);
            if (o >= 0) {
                open.push(new Open(c, s, i));
                continue;
            }
            int k = CLOSE.indexOf(c);
            if (k < 0) {
                continue;
            }
            char want = OPEN.charAt(k);
            if (!open.isEmpty() && open.peek().c() == want) {
                open.pop();
            } else if (open.isEmpty() && !carried.isEmpty() && carried.peek().c() == want) {
                carried.pop();
            } else if (open.stream().noneMatch(x -> x.c() == want) && !LIST_MARKER.matcher(text.substring(0, i)).find()) {
                out.add(flaw(s, i));
            } else if (open.stream().anyMatch(x -> x.c() == want)) {
                // an inner pair left open: the outer close closes past it; the inner opening is the fault
                while (!open.isEmpty() && open.peek().c() != want) {
                    Open lost = open.pop();
                    out.add(flaw(lost.span(), lost.at()));
                }
                open.pop();
            }
        }
        if (keepCarried) {
            // what earlier cells left open stays open past a cell that does not close it
            carried.forEach(open::addLast);
            return open;
        }
        flagOpen(carried, out);
        return open;
    }

    /** The text with each interval's brackets blanked out (same length, so offsets still hold). */
    private static String withoutIntervals(String text) {
        Matcher m = INTERVAL.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        do {
            b.setCharAt(m.start(), ' ');
            b.setCharAt(m.end() - 1, ' ');
        } while (m.find());
        return b.toString();
    }

    private static void flagOpen(Deque<Open> open, List<TextFlaw> out) {
        List<Open> left = new ArrayList<>(open);
        java.util.Collections.reverse(left);
        for (Open o : left) {
            out.add(flaw(o.span(), o.at()));
        }
        open.clear();
    }

    private static TextFlaw flaw(TextSpans s, int at) {
        return new TextFlaw(TextFlaw.Kind.UNBALANCED, String.valueOf(s.text().normalized().charAt(at)),
                Evidences.of(s.id(), s.text(), at, at + 1));
    }
}
