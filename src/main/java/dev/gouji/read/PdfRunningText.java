package dev.gouji.read;

import dev.gouji.model.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Page headers, footers and page numbers, which are not content: a line in the top or bottom margin that
 * comes back at the same place on most pages (its digits may change: 第3页), or a lone page number
 * (3, - 3 -, 第3页, 3/12, Page 3 of 12) at the very top or foot of a page.
 */
final class PdfRunningText {
    /** The share of the page height at its top and foot where running text sits. */
    private static final float MARGIN = 0.12f;
    private static final float SAME_PLACE = 3f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[\\s\\-—–·.]*(第|page)?\\s*\\d{1,4}\\s*(页)?\\s*((共|of|/)\\s*\\d{1,4}\\s*(页)?)?[\\s\\-—–·.]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PdfRunningText() {
    }

    static List<PdfPageLayout> strip(List<PdfPageLayout> pages) {
        List<PdfPageLayout> out = new ArrayList<>();
        for (PdfPageLayout page : pages) {
            List<Object> kept = new ArrayList<>();
            List<Object> items = page.items();
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (!(item instanceof PdfTextLine line && running(line, i, page, pages))) {
                    kept.add(item);
                }
            }
            out.add(new PdfPageLayout(page.height(), kept));
        }
        return out;
    }

    private static boolean running(PdfTextLine line, int index, PdfPageLayout page, List<PdfPageLayout> pages) {
        boolean head = line.bottom() < page.height() * MARGIN;
        boolean foot = line.top() > page.height() * (1 - MARGIN);
        if (!head && !foot) {
            return false;
        }
        boolean outermost = head ? index == 0 : index == page.items().size() - 1;
        if (outermost && PAGE_NUMBER.matcher(NormalizedText.normalize(line.text())).matches()) {
            return true;
        }
        if (pages.size() < 2) {
            return false;
        }
        String key = masked(line);
        int seen = 0;
        for (PdfPageLayout other : pages) {
            for (Object o : other.items()) {
                if (o instanceof PdfTextLine l && Math.abs(l.top() - line.top()) <= SAME_PLACE && masked(l).equals(key)) {
                    seen++;
                    break;
                }
            }
        }
        return seen >= Math.max(2, (pages.size() + 1) / 2);
    }

    private static String masked(PdfTextLine line) {
        return DIGITS.matcher(NormalizedText.normalize(line.text())).replaceAll("#");
    }
}
