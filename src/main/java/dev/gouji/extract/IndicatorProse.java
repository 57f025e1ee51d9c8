package dev.gouji.extract;

import dev.gouji.model.Document;
import dev.gouji.model.NormalizedText;
import dev.gouji.model.Paragraph;
import dev.gouji.record.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads performance indicators a report lists in prose instead of a table, one paragraph each:
 * 「（1）指标名：年度目标值≥12公里，实际完成值12.6公里，分值6分，得6分。」 or
 * 「指标名称：…，目标值…，完成值…，分值…，得分…」. The 一级 and 二级指标 come from the short headings
 * above the items (「（一）产出指标（50分）」「1.数量指标（24分）」): a heading naming a first-level family
 * in the numbering style of the first such heading is a 一级指标, any other 「…指标」 heading a 二级指标.
 * Works on the normalised text (half-width punctuation); values are quoted from the original.
 */
final class IndicatorProse {
    /** One indicator statement: the texts as written, weight and score still as text. */
    record Row(String level1, String level2, String name, String target, String actual, String weight, String score,
            Evidence evidence) {
    }

    private enum Slot {
        TARGET, ACTUAL, WEIGHT, SCORE
    }

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:\\(\\s*[一二三四五六七八九十]+\\s*\\)|[一二三四五六七八九十]+[、.]|\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}[、.](?!\\d)|[①-⑳])\\s*");
    private static final Pattern POINTS = Pattern.compile("\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*分\\s*\\)\\s*$");
    private static final Set<String> FIRST_LEVEL = Set.of("产出指标", "效益指标", "满意度指标", "成本指标", "投入指标",
            "过程指标", "效果指标");
    /** Words that label the indicator's name itself: 「指标名称：X，…」. */
    private static final Pattern NAME_LABEL = Pattern.compile("^(?:三级指标|指标名称|绩效指标|指标)$");
    /** Labels of one value, longest first within each family; 「得」 alone only before a number of 分. */
    private static final Pattern LABEL = Pattern.compile("^(?:"
            + "(?<target>年度目标值|年度指标值|全年目标值|目标值|指标值|计划值|预期值|预期目标|年度目标)"
            + "|(?<actual>实际完成值|实际完成情况|实际完成|实际值|完成值|完成情况)"
            + "|(?<weight>分值|权重|标准分|满分)"
            + "|(?<score>自评得分|得分|得(?=\\s*\\d)))"
            + "\\s*(?:为|是|:)?\\s*");
    private static final Pattern POINTS_VALUE = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*分?$");
    private static final int MAX_NAME = 40;
    private static final int MAX_HEADING = 16;

    private IndicatorProse() {
    }

    static List<Row> rows(Document doc) {
        List<Row> out = new ArrayList<>();
        Levels levels = new Levels();
        for (Paragraph p : doc.paragraphs()) {
            NormalizedText text = p.text();
            String s = text.normalized();
            Matcher ordinal = ORDINAL.matcher(s);
            boolean numbered = ordinal.lookingAt();
            String style = numbered ? style(ordinal.group()) : "";
            int from = numbered ? ordinal.end() : 0;
            Optional<Row> row = item(p.id(), text, from, levels);
            if (row.isPresent()) {
                out.add(row.get());
            } else {
                levels.heading(s.substring(from), style);
            }
        }
        return out;
    }

    /** The 一级/二级指标 in force, from the headings met so far. */
    private static final class Levels {
        String level1;
        String level2;
        String level1Style;

        void heading(String text, String style) {
            String name = POINTS.matcher(text).replaceAll("").replace(" ", "");
            boolean headingLike = !name.isEmpty() && name.length() <= MAX_HEADING && !name.contains(":") && !name.contains("。");
            if (!headingLike) {
                return;
            }
            boolean indicator = name.endsWith("指标");
            if (indicator && FIRST_LEVEL.contains(name) && (level1Style == null || level1Style.equals(style))) {
                level1 = name;
                level1Style = style;
                level2 = null;
            } else if (indicator) {
                level2 = name;
            } else if (level1Style != null && level1Style.equals(style)) {
                // a sibling heading of the 一级指标 that is no indicator family ends the list
                level1 = null;
                level2 = null;
            }
        }
    }

    private static String style(String ordinal) {
        String o = ordinal.strip();
        if (o.startsWith("(")) {
            return o.chars().anyMatch(Character::isDigit) ? "(1)" : "(一)";
        }
        if (Character.isDigit(o.charAt(0))) {
            return "1.";
        }
        if (o.charAt(0) >= '①' && o.charAt(0) <= '⑳') {
            return "①";
        }
        return "一、";
    }

    /** The indicator stated by a paragraph from {@code from} on, when it names one and gives its values. */
    private static Optional<Row> item(String id, NormalizedText text, int from, Levels levels) {
        String s = text.normalized();
        int sentenceEnd = s.indexOf('。', from);
        int end = sentenceEnd < 0 ? s.length() : sentenceEnd;
        int colon = s.indexOf(':', from);
        if (colon < 0 || colon >= end || colon - from > MAX_NAME) {
            return Optional.empty();
        }
        int nameStart = from;
        int nameEnd = colon;
        int pos = colon + 1;
        if (NAME_LABEL.matcher(s.substring(from, colon).strip()).matches()) {
            // 「指标名称：X，目标值…」: the name is the first segment after the label
            nameStart = colon + 1;
            nameEnd = segmentEnd(s, nameStart, end);
            pos = nameEnd;
        }
        String name = text.originalSpan(nameStart, nameEnd).strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return Optional.empty();
        }
        int[][] spans = new int[Slot.values().length][];
        Slot last = null;
        int labelled = 0;
        int lastEnd = nameEnd;
        while (pos < end) {
            if (s.charAt(pos) == ',' || s.charAt(pos) == ';' || s.charAt(pos) == ' ') {
                pos++;
                continue;
            }
            int segEnd = segmentEnd(s, pos, end);
            Matcher m = LABEL.matcher(s.substring(pos, segEnd));
            Slot slot = m.lookingAt() ? slot(m) : null;
            if (slot != null && spans[slot.ordinal()] == null && acceptable(slot, s.substring(pos + m.end(), segEnd))) {
                spans[slot.ordinal()] = new int[] {pos + m.end(), segEnd};
                last = slot;
                labelled++;
            } else if (last == Slot.TARGET || last == Slot.ACTUAL) {
                // a value written with a comma in it (「2.86万元，未超预算」) goes on in the next segment
                spans[last.ordinal()][1] = segEnd;
            } else {
                break;
            }
            lastEnd = segEnd;
            pos = segEnd;
        }
        if (labelled < 2 || spans[Slot.TARGET.ordinal()] == null && spans[Slot.ACTUAL.ordinal()] == null) {
            return Optional.empty();
        }
        return Optional.of(new Row(levels.level1, levels.level2, name, value(text, spans[Slot.TARGET.ordinal()]),
                value(text, spans[Slot.ACTUAL.ordinal()]), value(text, spans[Slot.WEIGHT.ordinal()]),
                value(text, spans[Slot.SCORE.ordinal()]), Evidences.of(id, text, nameStart, lastEnd)));
    }

    /** Values are separated by commas and semicolons; a thousands separator (3,200) is no separator. */
    private static int segmentEnd(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            boolean thousands = c == ',' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1));
            if (c == ';' || c == ',' && !thousands) {
                return i;
            }
        }
        return end;
    }

    private static Slot slot(Matcher m) {
        if (m.group("target") != null) {
            return Slot.TARGET;
        }
        if (m.group("actual") != null) {
            return Slot.ACTUAL;
        }
        return m.group("weight") != null ? Slot.WEIGHT : Slot.SCORE;
    }

    /** Targets and actuals may be words (「健全」); a weight or score is a number of points. */
    private static boolean acceptable(Slot slot, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return false;
        }
        return slot == Slot.TARGET || slot == Slot.ACTUAL || POINTS_VALUE.matcher(v).matches();
    }

    private static String value(NormalizedText text, int[] span) {
        return span == null ? null : text.originalSpan(span[0], span[1]).strip();
    }
}
