package dev.gouji.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.gouji.model.Paragraph;
import dev.gouji.record.Sourced;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last resort for the reporting unit when no label, title or opening sentence names it: HanLP's
 * organisation recognition over the opening paragraphs; the organisation named most often wins.
 */
final class OrganizationFinder {
    private static final Segment SEGMENT = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true);
    private static final Pattern ORG_END = Pattern.compile(".*(局|大队|支队|中心|委员会|办公室|院|所|站|厅|委|馆|校|处)$");
    private static final int OPENING_PARAGRAPHS = 40;

    Sourced<String> find(List<Paragraph> paragraphs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Sourced<String>> first = new LinkedHashMap<>();
        for (Paragraph p : paragraphs.subList(0, Math.min(OPENING_PARAGRAPHS, paragraphs.size()))) {
            String text = p.text().normalized();
            List<Term> terms;
            synchronized (SEGMENT) {
                terms = SEGMENT.seg(text);
            }
            int offset = 0;
            for (Term t : terms) {
                int at = text.indexOf(t.word, offset);
                if (at >= 0) {
                    offset = at + t.word.length();
                }
                if (t.nature.toString().startsWith("nt") && t.word.length() >= 4 && ORG_END.matcher(t.word).matches()) {
                    counts.merge(t.word, 1, Integer::sum);
                    if (at >= 0) {
                        first.putIfAbsent(t.word, new Sourced<>(t.word, Evidences.of(p.id(), p.text(), at, at + t.word.length())));
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> first.get(e.getKey())).orElse(null);
    }
}
