package dev.gouji.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one text. Every numeral run becomes a token: a figure, a blocker (a date, code, ordinal
 * or label: something numeric that is not a figure, which spoils a table cell) or an ignorable word.
 * Not thread-safe; {@link NumberReader} makes one per call.
 */
final class Scanner {

    enum Role { FIGURE, BLOCK, IGNORE }

    record Token(Role role, Quantity quantity, int start, int end) {
    }

    /** A number read from the text: [start, end) without unit or qualifiers. */
    private record Num(int start, int end, BigDecimal value, boolean chinese) {
    }

    /** What follows a number: unit and inner/suffix qualifiers. */
    private record Tail(int end, String unitText, Units.Unit unit, Units.Multiplier multiplier,
                        Qualifier qualifier, boolean date) {
        boolean hasUnit() {
            return unit != null || multiplier != null;
        }
    }

    private static final String DATE_WORDS = "年月日号";
    private static final String SIGN_AFTER = "(（:：,，;；=为是至、“\"≥≤<>";
    private static final String SENTENCE_PUNCT = "。，,；;！？!?\t\n";
    private static final String PER_UNITS_ORDERED = "人·月|人.月|人月|人次|人|名|户|台|辆|次|件|月|年|天|平方米|㎡|立方米|公顷|公里|千米|亩|吨|项|个|站|所|家|场|套|间|张|头|只|株";
    private static final String[] PER_UNITS = PER_UNITS_ORDERED.split("\\|");
    private static final String DURATIONS = "|天|小时|分钟|工作日|个月|";

    private final String text;
    private final char[] s;
    private final int n;
    private final boolean cell;
    private final List<Token> tokens = new ArrayList<>();
    private int lastEnd;

    Scanner(String text, boolean cell) {
        this.text = text;
        this.s = Folding.fold(text);
        this.n = s.length;
        this.cell = cell;
    }

    List<Token> scan() {
        int i = 0;
        while (i < n) {
            char c = s[i];
            int next;
            if (isDigit(c) || (c == '-' && i + 1 < n && isDigit(s[i + 1]) && signAllowed(i))) {
                next = arabic(i);
            } else if (c == '百' && Units.regionMatches(s, i, "百分之")) {
                next = percentWords(i);
            } else if (ChineseNumerals.isStart(c)) {
                next = chinese(i);
            } else {
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
        return tokens;
    }

    // ---- arabic numbers ------------------------------------------------------------------------------

    private int arabic(int start) {
        int p = start + (s[start] == '-' ? 1 : 0);
        int runEnd = run(p);
        String digits = new String(s, p, runEnd - p);
        if (count(digits, '.') > 1) {
            return block(start, compoundEnd(runEnd)); // 2021.4.1, version numbers
        }
        int comma = digits.indexOf(',');
        if (comma >= 0 && !validGrouping(digits)) {
            runEnd = p + comma; // "3,4": a list, not a thousands separator
            digits = digits.substring(0, comma);
        }
        if (runEnd + 1 < n && "-/:~".indexOf(s[runEnd]) >= 0 && isDigit(s[runEnd + 1])) {
            return block(start, compoundEnd(runEnd)); // dates, phone numbers, ranges, times
        }
        if (digits.length() > 1 && digits.charAt(0) == '0' && isDigit(digits.charAt(1))) {
            return block(start, runEnd); // 0731...: a phone or code, never a quantity
        }
        if ((start > 0 && isAsciiLetter(s[start - 1])) || (runEnd < n && isAsciiLetter(s[runEnd]))) {
            return block(start, runEnd); // image779.png, 统一社会信用代码...467Y
        }
        if (start > 0 && s[start - 1] == '第') {
            return block(start, runEnd);
        }
        String plain = digits.replace(",", "");
        Num num = new Num(start, runEnd, withSign(start, plain), false);

        Num joined = joinAcrossSpace(num, digits);
        if (joined != null) {
            num = joined;
        }
        return finish(num);
    }

    /** "437. 21万元" or "2 09万元": a line break fell inside the number. Only taken when a unit follows. */
    private Num joinAcrossSpace(Num num, String digits) {
        int e = num.end();
        int q;
        String sep;
        if (e + 1 < n && s[e] == ' ' && isDigit(s[e + 1])) {
            q = e + 1;
            sep = "";
        } else if (e + 2 < n && s[e] == ' ' && s[e + 1] == '.' && isDigit(s[e + 2])) {
            q = e + 2;
            sep = ".";
        } else if (e + 2 < n && s[e] == '.' && s[e + 1] == ' ' && isDigit(s[e + 2])) {
            q = e + 2;
            sep = ".";
        } else {
            return null;
        }
        if (!sep.isEmpty() && digits.contains(".")) {
            return null;
        }
        int r = q;
        while (r < n && isDigit(s[r])) {
            r++;
        }
        if (sep.isEmpty() && r + 1 < n && s[r] == '.' && isDigit(s[r + 1]) && !digits.contains(".")) {
            r++;
            while (r < n && isDigit(s[r])) {
                r++;
            }
        }
        if (sep.isEmpty() && digits.contains(".")) {
            return null;
        }
        if (r < n && (isAsciiLetter(s[r]) || (r + 1 < n && "-/:~.,".indexOf(s[r]) >= 0 && isDigit(s[r + 1])))) {
            return null;
        }
        Tail t = tail(r, false);
        if (!t.hasUnit() || t.date()) {
            return null;
        }
        String combined = digits.replace(",", "") + sep + new String(s, q, r - q);
        return new Num(num.start(), r, withSign(num.start(), combined), false);
    }

    private BigDecimal withSign(int start, String plain) {
        BigDecimal v = new BigDecimal(plain);
        return s[start] == '-' ? v.negate() : v;
    }

    private int run(int p) {
        int q = p;
        while (q < n) {
            char c = s[q];
            if (isDigit(c) || ((c == '.' || c == ',') && q + 1 < n && isDigit(s[q + 1]) && q > p)) {
                q++;
            } else {
                break;
            }
        }
        return q;
    }

    private int compoundEnd(int p) {
        int q = p;
        while (q < n && (isDigit(s[q]) || "-/:~.,".indexOf(s[q]) >= 0 && q + 1 < n && isDigit(s[q + 1]))) {
            q++;
        }
        return q;
    }

    private static boolean validGrouping(String digits) {
        String intPart = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        if (digits.indexOf(',') > intPart.length()) {
            return false;
        }
        String[] groups = intPart.split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int k = 1; k < groups.length; k++) {
            if (groups[k].length() != 3) {
                return false;
            }
        }
        return true;
    }

    // ---- chinese numerals ----------------------------------------------------------------------------

    private int chinese(int start) {
        int j = start;
        while (j < n && ChineseNumerals.isNumeralChar(s[j]) && j - start < 16) {
            j++;
        }
        int numEnd = j;
        if (numEnd - start > 1 && (s[numEnd - 1] == '万' || s[numEnd - 1] == '亿')) {
            numEnd--; // 两千万元: the trailing 万 is the unit's multiplier
        }
        long v = ChineseNumerals.parse(s, start, numEnd);
        if (v < 0) {
            return ignore(start, j);
        }
        if (start > 0 && s[start - 1] == '第') {
            return block(start, j);
        }
        return finish(new Num(start, numEnd, BigDecimal.valueOf(v), true));
    }

    private int percentWords(int at) {
        int p = at + 3;
        Num num;
        if (p < n && isDigit(s[p])) {
            int e = run(p);
            String digits = new String(s, p, e - p);
            if (count(digits, '.') > 1 || digits.contains(",") && !validGrouping(digits)) {
                return ignore(at, e);
            }
            num = new Num(at, e, new BigDecimal(digits.replace(",", "")), false);
        } else if (p < n && ChineseNumerals.isStart(s[p])) {
            int e = p;
            while (e < n && ChineseNumerals.isNumeralChar(s[e])) {
                e++;
            }
            long v = ChineseNumerals.parse(s, p, e);
            if (v < 0) {
                return ignore(at, e);
            }
            num = new Num(at, e, BigDecimal.valueOf(v), true);
        } else {
            return at + 3;
        }
        Units.Unit percent = new Units.Unit("百分之", QuantityKind.PERCENT, "%", 0, false);
        Tail t = suffixQualifier(new Tail(num.end(), "百分之", percent, null, Qualifier.NONE, false));
        return emit(num, t);
    }

    // ---- unit, qualifiers, filters -------------------------------------------------------------------

    private int finish(Num num) {
        Tail t = tail(num.end(), num.chinese());
        if (t.date()) {
            return block(num.start(), num.end());
        }
        if (!t.hasUnit()) {
            return bare(num);
        }
        if (num.chinese() && !chineseFigure(num, t)) {
            return ignore(num.start(), t.end());
        }
        if (t.unit() != null && t.unit().kind() == QuantityKind.COUNT) {
            char after = t.end() < n ? s[t.end()] : ' ';
            if (t.qualifier() == Qualifier.NONE && (isDigit(after) || ChineseNumerals.isStart(after))) {
                return ignore(num.start(), t.end()); // 5个100%, 三场三车: a slogan, not a count
            }
            if ("名".equals(t.unit().text()) && num.start() > 0 && s[num.start() - 1] == '前') {
                return rejectedInCell(num.start(), t.end()); // 前5名 is a rank
            }
        }
        if (inShortQuote(num.start(), t.end())) {
            return ignore(num.start(), t.end());
        }
        return emit(num, t);
    }

    private boolean chineseFigure(Num num, Tail t) {
        if (t.unit() == null) {
            return false; // 十万火急: a chinese numeral needs a real unit
        }
        String u = t.unit().text();
        if (num.end() - num.start() == 1 && s[num.start()] == '一' && t.multiplier() == null) {
            return false; // 一次, 一个, 一起, 最后一公里: mostly an article, not a count
        }
        if (u.equals("分") || u.equals("期")) {
            return false; // 十分重视, 二期工程
        }
        int a = num.start();
        if (a >= 2 && ChineseNumerals.isNumeralChar(s[a - 2]) && isCjk(s[a - 1])
                && !ChineseNumerals.isNumeralChar(s[a - 1]) && s[a - 1] != '是') {
            return false; // 三会一课, 一江两岸, 三车三场
        }
        return !FixedExpressions.covers(s, a);
    }

    private int bare(Num num) {
        if (!cell) {
            return ignore(num.start(), num.end());
        }
        int e = num.end();
        char after = e < n ? s[e] : ' ';
        char before = num.start() > 0 ? s[num.start() - 1] : ' ';
        if (num.chinese()) {
            boolean whole = text.substring(0, num.start()).isBlank() && text.substring(e).isBlank();
            return whole ? emit(num, new Tail(e, "", null, null, Qualifier.NONE, false)) : ignore(num.start(), e);
        }
        if (after == '、' || (after == '.' && !(e + 1 < n && isDigit(s[e + 1])))
                || ((before == '(' || before == '（') && (after == ')' || after == '）'))) {
            return ignore(num.start(), e); // list marker
        }
        Tail t = suffixQualifier(new Tail(e, "", null, null, Qualifier.NONE, false));
        int qStart = prefixStart(num.start());
        if (t.qualifier() == Qualifier.NONE && qStart == num.start() && isCjk(before)) {
            return block(num.start(), e); // 二级机构2, 任务1: a label's number
        }
        return emit(num, t);
    }

    private Tail tail(int e, boolean chinese) {
        int q = skipSpace(e);
        Qualifier inner = Qualifier.NONE;
        int q1 = q;
        if (q1 < n && (s[q1] == '余' || s[q1] == '多')) {
            q1++;
        }
        Units.Unit unit = Units.matchUnit(s, q1);
        Units.Multiplier mult = null;
        int end;
        String unitText;
        if (unit != null) {
            end = q1 + unit.text().length();
            unitText = unit.text();
        } else {
            mult = Units.matchMultiplier(s, q1);
            if (mult == null) {
                boolean date = q < n && DATE_WORDS.indexOf(s[q]) >= 0;
                return new Tail(e, "", null, null, Qualifier.NONE, date);
            }
            int q2 = q1 + mult.text().length();
            if (q2 < n && (s[q2] == '余' || s[q2] == '多')) {
                q2++;
                inner = Qualifier.APPROXIMATE;
            }
            int q3 = skipSpace(q2);
            unit = Units.matchUnit(s, q3);
            if (unit != null && unit.multipliable()) {
                end = q3 + unit.text().length();
                unitText = mult.text() + unit.text();
            } else if (!chinese && mult.exponent() >= 4) {
                unit = null;
                end = q2;
                unitText = mult.text();
            } else {
                return new Tail(e, "", null, null, Qualifier.NONE, false);
            }
        }
        if (q1 > q) {
            inner = Qualifier.APPROXIMATE;
        }
        if (unit != null && unit.kind() == QuantityKind.AMOUNT && end + 1 < n && s[end] == '/') {
            for (String per : PER_UNITS) {
                if (Units.regionMatches(s, end + 1, per)) {
                    end += 1 + per.length();
                    // 「929.71元/人/月」: a price per head and per month
                    if (end + 1 < n && s[end] == '/' && (s[end + 1] == '月' || s[end + 1] == '年')) {
                        per = per + "/" + s[end + 1];
                        end += 2;
                    }
                    unitText = unitText + "/" + per;
                    unit = new Units.Unit(unit.text(), unit.kind(), unit.normalizedUnit() + "/" + per,
                            unit.shift(), true);
                    break;
                }
            }
        }
        return suffixQualifier(new Tail(end, unitText, unit, mult, inner, false));
    }

    private Tail suffixQualifier(Tail t) {
        int p = skipSpace(t.end());
        Qualifiers.Word w = Qualifiers.suffixAt(s, p);
        if (w != null) {
            return new Tail(p + w.text().length(), t.unitText(), t.unit(), t.multiplier(),
                    Qualifiers.combine(w.qualifier(), t.qualifier()), false);
        }
        if (t.unit() != null && DURATIONS.contains("|" + t.unit().normalizedUnit() + "|")
                && p < n && s[p] == '内') {
            return new Tail(p + 1, t.unitText(), t.unit(), t.multiplier(),
                    Qualifiers.combine(Qualifier.AT_MOST, t.qualifier()), false);
        }
        return t;
    }

    /** Start of a qualifier word written before the number, or the number's own start. */
    private int prefixStart(int numStart) {
        int b = numStart;
        Qualifiers.Word w = Qualifiers.prefixEndingAt(s, b, lastEnd);
        if (w == null && b > 0 && s[b - 1] == ' ') {
            w = Qualifiers.prefixEndingAt(s, b - 1, lastEnd);
            b--;
        }
        return w == null ? numStart : b - w.text().length();
    }

    private int emit(Num num, Tail t) {
        int start = prefixStart(num.start());
        Qualifier qualifier = t.qualifier();
        if (start < num.start()) {
            int b = s[num.start() - 1] == ' ' ? num.start() - 1 : num.start();
            Qualifier pre = Qualifiers.prefixEndingAt(s, b, lastEnd).qualifier();
            qualifier = Qualifiers.combine(pre, qualifier);
        }
        BigDecimal value = num.value();
        int scale = Math.max(value.scale(), 0);
        QuantityKind kind;
        String normalizedUnit;
        int exponent = t.multiplier() == null ? 0 : t.multiplier().exponent();
        if (t.unit() == null) {
            kind = QuantityKind.NUMBER;
            normalizedUnit = "";
        } else {
            kind = t.unit().kind();
            normalizedUnit = t.unit().normalizedUnit();
            exponent += t.unit().shift();
        }
        BigDecimal normalized = exponent == 0 ? value : clean(value.movePointRight(exponent));
        int end = t.end();
        Quantity q = new Quantity(start, end, text.substring(start, end), value, scale, t.unitText(), kind,
                normalized, normalizedUnit, qualifier);
        tokens.add(new Token(Role.FIGURE, q, start, end));
        lastEnd = end;
        return end;
    }

    private static BigDecimal clean(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A quantity inside a short quoted phrase that begins with a numeral is a slogan: “5个100%”. */
    private boolean inShortQuote(int start, int end) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(0, start - 10); k--) {
            char c = s[k];
            if (isOpenQuote(c)) {
                open = k;
                break;
            }
            if (isCloseQuote(c) || SENTENCE_PUNCT.indexOf(c) >= 0) {
                return false;
            }
        }
        if (open < 0 || !(isDigit(s[open + 1]) || ChineseNumerals.isStart(s[open + 1]))) {
            return false;
        }
        for (int k = end; k < Math.min(n, end + 10); k++) {
            char c = s[k];
            if (isCloseQuote(c)) {
                return true;
            }
            if (isOpenQuote(c) || SENTENCE_PUNCT.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private int block(int start, int end) {
        tokens.add(new Token(Role.BLOCK, null, start, end));
        return end;
    }

    private int ignore(int start, int end) {
        tokens.add(new Token(Role.IGNORE, null, start, end));
        return end;
    }

    private int rejectedInCell(int start, int end) {
        return cell ? block(start, end) : ignore(start, end);
    }

    private boolean signAllowed(int i) {
        return i == 0 || Character.isWhitespace(s[i - 1]) || SIGN_AFTER.indexOf(s[i - 1]) >= 0;
    }

    private int skipSpace(int p) {
        if (p < n && s[p] == ' ') {
            return p + 1;
        }
        if (p + 1 < n && s[p] == '\r' && s[p + 1] == '\n') {
            return p + 2;
        }
        if (p < n && (s[p] == '\n' || s[p] == '\r')) {
            return p + 1;
        }
        return p;
    }

    private static int count(String str, char c) {
        int k = 0;
        for (int i = 0; i < str.length(); i++) {
            if (str.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c == '〇';
    }

    private static boolean isOpenQuote(char c) {
        return c == '“' || c == '「' || c == '『' || c == '"' || c == '‘';
    }

    private static boolean isCloseQuote(char c) {
        return c == '”' || c == '」' || c == '』' || c == '"' || c == '’';
    }
}
