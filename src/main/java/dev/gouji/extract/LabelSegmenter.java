package dev.gouji.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

/**
 * Trims the clause before a figure to the words that name it, using HanLP's segmentation and
 * part-of-speech tags: leading adverbs, conjunctions, prepositions, pronouns, numerals, time words and
 * light verbs (共计, 累计, 达到) go; the content words stay (「共计整治围挡问题」 → 整治围挡问题). The model loads
 * once per process.
 */
public final class LabelSegmenter {
    private static final Set<String> LIGHT_VERBS = Set.of("共计", "共有", "累计", "合计", "总计", "达到", "实现", "完成",
            "为", "是", "有", "共", "计", "约", "达", "全年", "当年", "本年", "本年度", "年度", "全部", "其中");
    private static final Segment SEGMENT = HanLP.newSegment().enableNumberQuantifierRecognize(false)
            .enableOrganizationRecognize(false).enablePlaceRecognize(false);

    /** Clauses repeat across a report and across reports; segmenting is the costly part. Bounded. */
    private static final BoundedCache<String> CACHE = new BoundedCache<>(50_000, LabelSegmenter::segmentAndTrim);

    /** The clause without the leading function words; the clause itself when nothing is left. */
    public String trim(String clause) {
        if (clause == null || clause.isBlank()) {
            return "";
        }
        return CACHE.get(clause);
    }

    private static String segmentAndTrim(String clause) {
        List<Term> terms;
        synchronized (SEGMENT) {
            terms = SEGMENT.seg(clause);
        }
        int first = 0;
        while (first < terms.size() && isFunctionWord(terms.get(first))) {
            first++;
        }
        int last = terms.size();
        while (last > first && (LIGHT_VERBS.contains(terms.get(last - 1).word) || terms.get(last - 1).nature.startsWith("w"))) {
            last--;
        }
        if (first >= last) {
            return clause.trim();
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i < last; i++) {
            b.append(terms.get(i).word);
        }
        return b.toString().trim();
    }

    /** Single characters that are function words wherever they stand; any other lone character may start a name (因公出国). */
    private static final String ONE_CHAR = "共计约达为是有在对向按将把被从于和与及并又再均各已都还也另其该本年";

    private static boolean isFunctionWord(Term t) {
        String n = t.nature.toString();
        if (LIGHT_VERBS.contains(t.word) || n.startsWith("w")) {
            return true;
        }
        if (n.equals("m") || n.equals("mq") || n.equals("q")) {
            // 「2023」 and 「个」 go; a Chinese numeral usually belongs to a name (三公经费, 两项补贴)
            return t.word.chars().anyMatch(Character::isDigit) || n.equals("q") && t.word.length() == 1 && ONE_CHAR.indexOf(t.word.charAt(0)) >= 0;
        }
        if (t.word.length() == 1 && ONE_CHAR.indexOf(t.word.charAt(0)) < 0) {
            return false;
        }
        return n.equals("d") || n.startsWith("c") || n.equals("p") || n.startsWith("r") || n.equals("m") || n.equals("mq")
                || n.equals("q") || n.startsWith("w") || n.startsWith("u") || n.equals("vshi") || n.equals("vyou");
    }
}
