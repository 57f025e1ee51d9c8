package dev.gouji.fact;

import dev.gouji.extract.FieldCatalog;
import dev.gouji.extract.Labels;
import java.util.regex.Pattern;

/**
 * What a paragraph has named so far, for the figures that name nothing but their basis (「全年预算2,400万元，
 * 执行2,318万元」). Such a figure speaks of the last thing named in its own sentence; failing that, of the
 * head of the last sentence that named something (a 「其中」 list's items are parts, not the new subject); and
 * failing that, of the paragraph's heading (「1.公立医院综合改革补助资金。全年预算…」) when the heading names
 * a quantity or a project.
 */
final class Subjects {
    /** A heading names a project or fund when it ends like one. */
    private static final Pattern PROJECT_LIKE = Pattern.compile(".{2,40}(?:专项|资金|经费|项目|工程|补助|补贴)$");
    private static final Pattern HEADING = Pattern.compile("^(\\s*(?:[(（]?[一二三四五六七八九十\\d]+[)）、.．]\\s*)?[^，,。；;\\d]{2,40})[。:：]");

    /** A thing named: a canonical field (with the scope it belongs to) or a name of its own. */
    record Named(String quantity, boolean field, String scope) {
    }

    private final String text;
    private final Named heading;
    private int sentence = -1;
    private Named sentenceLast;
    private Named lastHead;
    private int lastHeadSentence = -1;

    Subjects(String text) {
        this.text = text;
        this.heading = heading(text);
    }

    String text() {
        return text;
    }

    /** The thing a bare figure in the sentence starting at {@code sentenceStart} speaks of, or null. */
    Named before(int sentenceStart) {
        if (sentence == sentenceStart && sentenceLast != null) {
            return sentenceLast;
        }
        if (lastHead != null) {
            return lastHead;
        }
        return heading;
    }

    /** The last thing named in this sentence, or null. */
    Named inSentence(int sentenceStart) {
        return sentence == sentenceStart ? sentenceLast : null;
    }

    void name(int sentenceStart, String quantity, boolean field, String scope) {
        Named n = new Named(quantity, field, scope);
        if (sentence != sentenceStart) {
            sentence = sentenceStart;
            sentenceLast = null;
        }
        if (sentenceLast == null || lastHeadSentence != sentenceStart) {
            lastHead = n;
            lastHeadSentence = sentenceStart;
        }
        sentenceLast = n;
    }

    private static Named heading(String text) {
        var m = HEADING.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = Labels.clean(m.group(1));
        var field = FieldCatalog.match(name);
        if (field.isPresent()) {
            // 「（二）项目支出情况。」 names an amount; 「1.执行率情况。」 names no amount a bare figure could be
            return field.get().unit() == FieldCatalog.Unit.MONEY ? new Named(field.get().key(), true, null) : null;
        }
        return PROJECT_LIKE.matcher(name).matches() ? new Named(name, false, null) : null;
    }
}
