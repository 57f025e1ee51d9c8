package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-PRICE: quantity × unit price ≠ the stated amount. Where an indicator row states money (the target in
 * 万元) and its explanation gives one head count and a price per head (「536名…按750元/人标准」, 「929.71元/人/月」,
 * monthly prices taken for twelve months), the product must match the money.
 */
final class PriceRule implements Rule {
    private static final Pattern CELL_SUFFIX = Pattern.compile("r\\d+c\\d+$");
    private static final Pattern COLUMN_SUFFIX = Pattern.compile("c\\d+$");
    private static final Pattern PRICE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万)?元\\s*/\\s*(人|名)(?:\\s*/\\s*(月|年))?");
    private static final Pattern HEADS = Pattern.compile("(\\d+)\\s*(?:名|人)");

    @Override
    public String family() {
        return "R-PRICE";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.targetParsed() == null || i.evidence() == null) {
                continue;
            }
            String unit = i.targetParsed().unit();
            if (unit == null || !(unit.equals("万元") || unit.equals("元") || unit.equals("万"))) {
                continue;
            }
            String table = CELL_SUFFIX.matcher(i.evidence().block()).replaceFirst("");
            String rowPrefix = COLUMN_SUFFIX.matcher(i.evidence().block()).replaceFirst("c");
            for (Candidate c : ctx.candidates()) {
                if (!table.equals(c.tableId()) || !c.evidence().block().startsWith(rowPrefix)) {
                    continue;
                }
                String cell = ctx.document().tables().stream().filter(t -> t.id().equals(table)).findFirst()
                        .flatMap(t -> t.cellAt(c.row(), c.col())).map(x -> x.normalized()).orElse("");
                Matcher price = PRICE.matcher(cell);
                Matcher heads = HEADS.matcher(cell);
                if (!price.find() || !heads.find()) {
                    continue;
                }
                int headStart = heads.start();
                long count = Long.parseLong(heads.group(1));
                if (heads.find() && heads.start() != price.start(3) - 1 && !cell.substring(headStart).startsWith(heads.group())) {
                    continue;
                }
                BigDecimal perHead = new BigDecimal(price.group(1));
                if (price.group(2) != null) {
                    perHead = perHead.multiply(BigDecimal.valueOf(10000));
                }
                int months = "月".equals(price.group(4)) ? 12 : 1;
                BigDecimal product = perHead.multiply(BigDecimal.valueOf(count * months))
                        .divide(BigDecimal.valueOf(10000), MathContext.DECIMAL64);
                BigDecimal stated = unit.equals("元") && i.target() != null && !i.target().contains("万")
                        ? i.targetParsed().value().divide(BigDecimal.valueOf(10000), MathContext.DECIMAL64)
                        : i.targetParsed().value();
                double slack = Tolerance.halfUnit(i.targetParsed().value()) + count * months * Tolerance.halfUnit(new BigDecimal(price.group(1))) / 10000;
                if (Math.abs(product.doubleValue() - stated.doubleValue()) > slack + 1e-9) {
                    BigDecimal p2 = Findings.round2(product.doubleValue());
                    out.add(new Finding("R-PRICE", "error",
                            "「" + i.name() + "」预算" + Findings.show(stated) + "万元，但" + count + "人×" + price.group(1)
                                    + (price.group(2) != null ? "万" : "") + "元/人" + (months == 12 ? "/月×12个月" : "") + "="
                                    + Findings.show(p2) + "万元，相差" + Findings.show(p2.subtract(stated).abs()) + "万元",
                            List.of(Findings.figure(i.name(), stated, "万元", i.evidence()),
                                    Findings.figure("数量×单价", p2, "万元", c.evidence())),
                            p2, stated, stated.subtract(p2)));
                }
                break;
            }
        }
        sentences(ctx, out);
        return out;
    }

    /** The text cut after each 。, ； and ;, the pieces covering it in order (as a split that keeps the marks). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** 「全年组织224名职工体检，按459元/人标准，体检经费10.28万元。」: one head count, one price, one amount. */
    private void sentences(Context ctx, List<Finding> out) {
        for (dev.gouji.model.Paragraph p : ctx.document().paragraphs()) {
            String text = p.text().normalized();
            if (text.indexOf('元') < 0 || text.indexOf('/') < 0) {
                continue; // no 「元/人」 anywhere in it: most paragraphs, and splitting them is not free
            }
            int from = 0;
            for (String sentence : sentences(text)) {
                int start = from;
                from += sentence.length();
                if (sentence.indexOf('元') < 0 || sentence.indexOf('/') < 0) {
                    continue;
                }
                Matcher price = PRICE.matcher(sentence);
                if (!price.find() || price.find()) {
                    continue;
                }
                price.reset().find();
                List<Candidate> inSentence = ctx.candidates().stream()
                        .filter(c -> c.evidence().block().equals(p.id()) && c.quantity().start() >= start
                                && c.quantity().end() <= start + sentence.length())
                        .toList();
                List<Candidate> heads = inSentence.stream().filter(c -> c.quantity().kind() == QuantityKind.COUNT
                        && (c.quantity().unit().equals("人") || c.quantity().unit().equals("名"))).toList();
                int priceAt = start + price.start();
                List<Candidate> amounts = inSentence.stream().filter(c -> c.quantity().kind() == QuantityKind.AMOUNT
                        && c.quantity().start() != priceAt).toList();
                if (heads.size() != 1 || amounts.size() != 1) {
                    continue;
                }
                long count = heads.get(0).quantity().value().longValue();
                BigDecimal perHead = new BigDecimal(price.group(1));
                if (price.group(2) != null) {
                    perHead = perHead.multiply(BigDecimal.valueOf(10000));
                }
                int months = "月".equals(price.group(4)) ? 12 : 1;
                BigDecimal product = perHead.multiply(BigDecimal.valueOf(count * months)).divide(BigDecimal.valueOf(10000), MathContext.DECIMAL64);
                Candidate amount = amounts.get(0);
                BigDecimal stated = amount.quantity().normalized();
                double slack = Tolerance.halfUnit(amount.quantity().value()) * (amount.quantity().unit().startsWith("万") ? 1 : 0.0001)
                        + count * months * Tolerance.halfUnit(new BigDecimal(price.group(1))) / 10000;
                if (Math.abs(product.doubleValue() - stated.doubleValue()) > slack + 1e-9) {
                    BigDecimal p2 = Findings.round2(product.doubleValue());
                    out.add(new Finding("R-PRICE", "error",
                            amount.label() + Findings.show(stated) + "万元，但" + count + "人×" + price.group(1) + "元/人"
                                    + (months == 12 ? "/月×12个月" : "") + "=" + Findings.show(p2) + "万元，相差"
                                    + Findings.show(p2.subtract(stated).abs()) + "万元",
                            List.of(Findings.figure(amount), Findings.figure(heads.get(0))), p2, stated, stated.subtract(p2)));
                }
            }
        }
    }
}
