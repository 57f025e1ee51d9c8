package dev.gouji.fact;

import dev.gouji.extract.FieldCatalog;
import dev.gouji.extract.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a paragraph has named so far, for the figures that name nothing but their basis (「全年预算2,400万元，
 * 执行2,318万元」). Such a figure speaks of the last thing named in its own sentence; failing that, of the
 * sentence's first clause when it holds no figure (「审计事务（款）行政运行（项）：年初预算…」, 「1.年初预算项目协管员专项资金，…实际支出965.12万元」); failing that, of
 * a project or fund named at the head of an earlier sentence of the paragraph (the items of a 「其中」 list are
 * parts, not the new subject); and failing that, of the paragraph's heading (「1.公立医院综合改革补助资金。」)
 * when the heading names an amount or a project. It also knows each sentence's figures, so that the items
 * of a 「其中」 list can find their whole.
 */
final class Subjects {
    /** A heading or a name before a colon names a project or fund when it ends like one. */
    private static final Pattern PROJECT_LIKE = Pattern.compile(".{2,40}(?:专项|资金|经费|项目|工程|补助|补贴|[(（]项[)）])$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[(（]?[一二三四五六七八九十\\d]+[)）、.．]\\s*)?");
    private static final Pattern HEADING = Pattern.compile("^(\\s*(?:[(（]?[一二三四五六七八九十\\d]+[)）、.．]\\s*)?[^，,。；;\\d]{2,40})[。:：]");

    /** A thing named: a canonical field (with the scope it belongs to) or a name of its own. */
    record Named(String quantity, boolean field, String scope) {
    }

    private record Placed(int at, Fact fact) {
    }

    private final String text;
    private final Named heading;
    private int sentence = -1;
    private Named sentenceLast;
    private Named lastHead;
    private final List<Placed> sentenceFacts = new ArrayList<>();

    Subjects(String text) {
        this.text = text;
        this.heading = named(firstGroup(text));
    }

    String text() {
        return text;
    }

    /** The thing a bare figure in the sentence starting at {@code sentenceStart} speaks of, or null. */
    Named before(int sentenceStart) {
        enter(sentenceStart);
        if (sentenceLast != null) {
            return sentenceLast;
        }
        Named colon = headSubject(sentenceStart);
        if (colon != null) {
            return colon;
        }
        if (lastHead != null && !lastHead.field()) {
            return lastHead;
        }
        return heading;
    }

    /** The last thing named in this sentence, or null. */
    Named inSentence(int sentenceStart) {
        enter(sentenceStart);
        return sentenceLast;
    }

    /** The last money figure of the sentence so far (the operand a rate after it speaks of), or null. */
    Fact lastMoney(int sentenceStart) {
        enter(sentenceStart);
        for (int i = sentenceFacts.size() - 1; i >= 0; i--) {
            if (sentenceFacts.get(i).fact().money() && sentenceFacts.get(i).fact().basis() != Basis.OTHER) {
                return sentenceFacts.get(i).fact();
            }
        }
        return null;
    }

    /** The figure a 「其中」 between it and {@code at} makes {@code at}'s whole, or null. */
    Fact wholeOf(int sentenceStart, int at) {
        enter(sentenceStart);
        int qizhong = text.lastIndexOf("其中", at);
        if (qizhong < sentenceStart) {
            return null;
        }
        Fact whole = null;
        for (Placed p : sentenceFacts) {
            // 「发放1,128.64万元，执行率97.30%，其中…」: a rate said in passing is not what the list breaks down
            if (p.at() < qizhong && !p.fact().isRate()) {
                whole = p.fact();
            }
        }
        // a nested 其中 (基本支出…其中：人员经费…) makes the figure right before it the whole
        return whole;
    }

    /** Remembers a figure of the sentence, and what it names when it names something. */
    void record(int sentenceStart, int at, Fact fact, String namedQuantity, boolean field) {
        enter(sentenceStart);
        sentenceFacts.add(new Placed(at, fact));
        if (namedQuantity == null) {
            return;
        }
        Named n = new Named(namedQuantity, field, fact.scope());
        boolean inQizhong = text.lastIndexOf("其中", at) >= sentenceStart;
        if (sentenceLast == null && !inQizhong) {
            lastHead = n;
        }
        sentenceLast = n;
    }

    private void enter(int sentenceStart) {
        if (sentence != sentenceStart) {
            sentence = sentenceStart;
            sentenceLast = null;
            sentenceFacts.clear();
        }
    }

    /** The sentence's first clause (up to a colon or comma) when it holds no figure and names something. */
    private Named headSubject(int sentenceStart) {
        int end = sentenceStart;
        while (end < text.length() && "：:，,。；;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end >= text.length() || end == sentenceStart) {
            return null;
        }
        String head = LIST_MARKER.matcher(text.substring(sentenceStart, end)).replaceFirst("");
        return head.chars().anyMatch(Character::isDigit) ? null : named(head);
    }

    private static String firstGroup(String text) {
        var m = HEADING.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static Named named(String words) {
        if (words == null) {
            return null;
        }
        String name = Labels.clean(words);
        if (name.isEmpty() || name.startsWith("其中")) {
            return null;
        }
        var field = FieldNames.match(name, name);
        if (field.isPresent()) {
            // 「（二）项目支出情况。」 names an amount; 「1.执行率情况。」 names no amount a bare figure could be
            return field.get().unit() == FieldCatalog.Unit.MONEY ? new Named(field.get().key(), true, null) : null;
        }
        return PROJECT_LIKE.matcher(name).matches() ? new Named(name, false, null) : null;
    }
}
