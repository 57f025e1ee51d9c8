package dev.gouji.extract;

import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.NormalizedText;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import dev.gouji.record.Evidence;
import dev.gouji.record.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting unit, the fiscal year and the kind of report, from the title area, labels and text. */
public final class IdentityExtractor {
    private static final Pattern SEAL_NOTE = Pattern.compile("[(（]\\s*盖章\\s*[)）]");
    private static final Pattern BUDGET_TITLE = Pattern.compile(".*(部门|单位)?预算(公开|说明).*");
    private static final Pattern BUDGET_TITLE_YEAR = Pattern.compile(".*\\d{4}年(部门|单位)预算$");
    private static final Pattern FINAL_ACCOUNT_TITLE = Pattern.compile(".*(部门|单位)?决算(公开|说明).*");
    private static final Pattern FINAL_ACCOUNT_TITLE_YEAR = Pattern.compile(".*\\d{4}年度?(部门|单位)决算$");
    private static final int TITLE_BLOCKS = 15;
    private static final String ORG_SUFFIX = "(?:局|大队|支队|中队|总队|中心|委员会|办公室|管理处|管理所|研究院|医院|学校|学院|站|厅|委|办|馆|院|所|处|队)";
    /** 「夷陵区教育局（本级）」: which part of the department reports, kept as part of its name. */
    private static final String UNIT_PART = "(?:[(（](?:本级|机关|本部|机关本级|汇总|部门汇总)[)）])?";
    private static final Pattern ORG = Pattern.compile("[\\p{IsHan}()（）]{3,40}?" + ORG_SUFFIX);
    private static final Pattern ORG_LINE = Pattern.compile("^[\\p{IsHan}()（）]{3,40}" + ORG_SUFFIX + "$");
    private static final Pattern ORG_SENTENCE = Pattern.compile(
            "^(?:\\d+[、.]\\s*)?([\\p{IsHan}()（）]{4,40}?" + ORG_SUFFIX + UNIT_PART + ")(?:是|为|系|共设置|共设|内设|下设|现有|隶属|成立于|主要职责|本级)");
    private static final Pattern TITLE_ORG = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年度?)?([\\p{IsHan}()（）]{2,40}?" + ORG_SUFFIX + UNIT_PART + ")(?:(?:19|20)\\d{2}年度?)?(?:部门|单位)?(?:整体)?(?:支出)?(?:绩效|预算|决算)");
    private static final Pattern LABELLED = Pattern.compile(
            "(?:(?:部门|单位|机构)(?:\\(单位\\)|（单位）)?名称|(?:项目)?主管(?:部门|单位)|填报单位|报送单位|编报单位)[:：]\\s*(.+)$");
    /** A table cell naming the reporting unit: 部门（单位）名称, or a project's 主管部门. */
    private static final Pattern LABEL_CELL = Pattern.compile("^(?:.*(?:部门|单位).*名称|(?:项目)?主管(?:部门|单位)|填报单位)$");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?.{0,40}?(?:部门|单位|整体|绩效|预算|决算|自评)");
    private static final Pattern EVALUATED_YEAR = Pattern.compile(
            "(?:自评|评价|绩效)[^。；]{0,40}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日\\s*[至到\\-－—~～]+\\s*((?:19|20)\\d{2})\\s*年\\s*12\\s*月\\s*31\\s*日");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private final OrganizationFinder organizations = new OrganizationFinder();

    public Sourced<String> department(Document doc) {
        // a labelled cell: 部门（单位）名称 | 株洲市…大队
        for (Table t : doc.tables()) {
            for (List<Cell> row : t.rows()) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    String label = row.get(i).normalized().replace(" ", "");
                    if (LABEL_CELL.matcher(label).matches()) {
                        Cell value = row.get(i + 1);
                        String name = stripStamp(value.normalized());
                        if (!name.isEmpty() && ORG_LINE.matcher(name.replace(" ", "")).matches()) {
                            return new Sourced<>(name.replace(" ", ""), Evidences.ofCell(value.id(), value.text()));
                        }
                    }
                }
            }
        }
        List<Paragraph> paragraphs = doc.paragraphs();
        for (Paragraph p : paragraphs) {
            Matcher m = LABELLED.matcher(p.text().normalized());
            if (m.find()) {
                String name = stripStamp(m.group(1)).replace(" ", "");
                if (ORG_LINE.matcher(name).matches()) {
                    return new Sourced<>(name, evidence(p, m.start(1), m.end(1)));
                }
            }
        }
        for (Block b : titleBlocks(doc)) {
            if (b instanceof Paragraph p) {
                String s = p.text().normalized().replace(" ", "");
                if (ORG_LINE.matcher(s).matches() && s.length() <= 40) {
                    return new Sourced<>(s, evidence(p, 0, p.text().normalized().length()));
                }
                Matcher m = TITLE_ORG.matcher(s);
                if (m.find()) {
                    return new Sourced<>(m.group(1), evidence(p, 0, p.text().normalized().length()));
                }
            }
        }
        for (Paragraph p : paragraphs) {
            Matcher m = ORG_SENTENCE.matcher(p.text().normalized());
            if (m.find()) {
                return new Sourced<>(m.group(1), evidence(p, m.start(1), m.end(1)));
            }
        }
        return organizations.find(paragraphs);
    }

    private static String stripStamp(String s) {
        return SEAL_NOTE.matcher(s).replaceAll("").trim();
    }

    /**
     * The years a report says it evaluates: a whole year stated as a span in a sentence about the evaluation
     * (「本次自评范围为…2021年1月1日至2021年12月31日…」). R-YEAR compares them with the fiscal year.
     */
    public List<Sourced<Integer>> evaluatedYears(Document doc) {
        List<Sourced<Integer>> out = new java.util.ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = EVALUATED_YEAR.matcher(p.text().normalized());
            while (m.find()) {
                if (m.group(1).equals(m.group(2))) {
                    out.add(new Sourced<>(Integer.parseInt(m.group(1)), evidence(p, m.start(1), m.end(2) + "年12月31日".length())));
                }
            }
        }
        return out;
    }

    public Sourced<Integer> fiscalYear(Document doc) {
        for (Block b : titleBlocks(doc)) {
            if (b instanceof Paragraph p) {
                Matcher m = TITLE_YEAR.matcher(p.text().normalized());
                if (m.find()) {
                    return new Sourced<>(Integer.parseInt(m.group(1)), evidence(p, m.start(1), m.end(1)));
                }
            }
        }
        // no year in the title: the year the text speaks of most
        Map<Integer, Integer> counts = new TreeMap<>();
        Map<Integer, Evidence> first = new TreeMap<>();
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = ANY_YEAR.matcher(p.text().normalized());
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                counts.merge(year, 1, Integer::sum);
                first.putIfAbsent(year, evidence(p, m.start(1), m.end(1)));
            }
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(e -> new Sourced<>(e.getKey(), first.get(e.getKey())))
                .orElse(null);
    }

    public Sourced<String> reportKind(Document doc) {
        List<Block> head = titleBlocks(doc);
        for (Block b : head) {
            if (b instanceof Paragraph p) {
                Optional<String> kind = kindOf(p.text().normalized());
                if (kind.isPresent()) {
                    return new Sourced<>(kind.get(), evidence(p, 0, p.text().normalized().length()));
                }
            }
        }
        for (Paragraph p : doc.paragraphs()) {
            if (p.text().normalized().contains("自评")) {
                int i = p.text().normalized().indexOf("自评");
                return new Sourced<>("performance_self_evaluation", evidence(p, i, i + 2));
            }
        }
        return null;
    }

    static Optional<String> kindOf(String title) {
        String s = title.replace(" ", "");
        if (s.contains("项目支出绩效自评") || s.contains("项目绩效自评")) {
            return Optional.of("project_self_evaluation");
        }
        if (s.contains("整体支出绩效") || s.contains("自评报告") || s.contains("自评结果") || s.contains("自评表")) {
            return Optional.of("performance_self_evaluation");
        }
        if (BUDGET_TITLE.matcher(s).matches() || BUDGET_TITLE_YEAR.matcher(s).matches()) {
            return Optional.of("budget_disclosure");
        }
        if (FINAL_ACCOUNT_TITLE.matcher(s).matches() || FINAL_ACCOUNT_TITLE_YEAR.matcher(s).matches()) {
            return Optional.of("final_accounts");
        }
        return Optional.empty();
    }

    private static List<Block> titleBlocks(Document doc) {
        List<Block> head = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (head.size() >= TITLE_BLOCKS) {
                break;
            }
            head.add(b);
        }
        return head;
    }

    private static Evidence evidence(Paragraph p, int start, int end) {
        NormalizedText t = p.text();
        return Evidences.of(p.id(), t, start, end);
    }
}
