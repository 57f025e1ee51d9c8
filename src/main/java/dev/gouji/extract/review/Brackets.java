package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
    private static final Pattern LIST_MARKER = Pattern.compile("(?:^|[\\s,.;:，。；：、])(?:[0-9]{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3}|[①-⑳])$");

    private record Open(char c, TextSpans span, int at) {
    }

    private Brackets() {
    }

    static void find(List<TextSpans> spans, List<TextFlaw> out) {
        Deque<Open> carried = new ArrayDeque<>();
        for (TextSpans s : spans) {
            if (s.cell()) {
                check(s, new ArrayDeque<>(), out, true);
                continue;
            }
            carried = check(s, carried, out, false);
        }
        flagOpen(carried, out);
    }

    /** Checks one piece of text, {@code open} holding what the paragraph before left open; returns what it leaves open. */
    private static Deque<Open> check(TextSpans s, Deque<Open> carriedIn, List<TextFlaw> out, boolean alone) {
        String text = s.text().normalized();
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
        flagOpen(carried, out);
        if (alone) {
            flagOpen(open, out);
            return new ArrayDeque<>();
        }
        return open;
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
