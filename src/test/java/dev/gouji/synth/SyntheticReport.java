package dev.gouji.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes self-evaluation reports of made-up departments in the plain-text layout of the seeds (a table
 * cell per TAB line, rows separated by a blank line), with every identity true as reports round it: the
 * money is drawn in 元 and each figure rounded to 0.01万元 where it is written, so written parts may miss
 * their written total by a cent. Wording, label variants, column order, units (万元/元) and the template
 * vary with the seed. {@link Plant} breaks exactly one relation, for the reconciler's tests.
 */
public final class SyntheticReport {
    /** One contradiction to plant; NONE keeps the report consistent. */
    public enum Plant { NONE, SUM_PUBLIC, PART_LARGER, CONFLICT_PROJECT, RATE_EXECUTION, RATE_CONTROL, SCORE_DEDUCTIONS, PRICE, ROLL, YEAR, TARGET }

    /**
     * The figures the report states, in 万元 / 人 / % / 分. A project's {@code projectAmounts} is what the text and
     * the actual column give (spent); {@code projectBudgets} the fiscal year's budget column.
     */
    public record Truth(String department, int year, Map<String, BigDecimal> fields, List<String> projects,
            List<BigDecimal> projectAmounts, List<BigDecimal> projectBudgets, int indicators, Set<Plant> planted) {
    }

    private static final String[] REGIONS = {"湖北省武汉市洪山区", "四川省成都市武侯区", "广东省佛山市南海区", "河南省郑州市金水区",
            "江苏省苏州市吴中区", "山东省济南市历下区", "浙江省宁波市鄞州区", "云南省昆明市五华区", "陕西省西安市雁塔区", "甘肃省兰州市城关区"};
    private static final String[] UNITS = {"教育局", "卫生健康局", "农业农村局", "交通运输局", "民政局", "水利局", "文化和旅游局",
            "市场监督管理局", "自然资源局", "人力资源和社会保障局"};
    private static final String[][] PROJECTS = {
            {"学生资助专项", "校舍维修改造经费", "教师培训专项"}, {"基本公共卫生服务项目", "疫苗接种补助经费", "家庭医生签约服务专项"},
            {"高标准农田建设项目", "农机购置补贴专项", "动物防疫经费"}, {"农村公路养护专项", "公交运营补贴经费", "道路安全整治项目"},
            {"城乡低保专项", "养老服务补贴经费", "残疾人两项补贴专项"}, {"河道清淤项目", "小型水库维修经费", "防汛抗旱专项"},
            {"公共文化服务专项", "文物保护经费", "旅游宣传推广项目"}, {"食品安全抽检专项", "计量检定经费", "特种设备检验项目"},
            {"土地整治项目", "不动产登记经费", "地质灾害防治专项"}, {"就业补助专项", "职业技能培训经费", "劳动监察执法项目"}};

    private final Random random;
    private final Plant plant;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, BigDecimal> fields = new LinkedHashMap<>();

    private SyntheticReport(long seed, Plant plant) {
        this.random = new Random(seed);
        this.plant = plant;
    }

    /** The report text and what it states. */
    public record Generated(String text, Truth truth) {
    }

    public static Generated generate(long seed, Plant plant) {
        return new SyntheticReport(seed, plant).write();
    }

    private static BigDecimal wan(long yuan) {
        return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
    }

    private String money(long yuan) {
        // one report in five writes money in 元 with thousands separators
        return writeYuan ? String.format("%,d元", yuan) : wan(yuan).toPlainString() + "万元";
    }

    private boolean writeYuan;
    private final List<BigDecimal> projectBudgets = new ArrayList<>();

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private Generated write() {
        int u = random.nextInt(UNITS.length);
        String region = pick(REGIONS);
        String department = region + UNITS[u];
        int year = 2019 + random.nextInt(6);
        writeYuan = random.nextInt(5) == 0;

        int authorized = 20 + random.nextInt(200);
        int actual = authorized - random.nextInt(Math.max(1, authorized / 4));
        int retired = random.nextInt(30);
        long personnel = 3_000_000L + random.nextInt(20_000_000);
        long publicCost = 300_000L + random.nextInt(3_000_000);
        long basic = personnel + publicCost;
        String[] names = PROJECTS[u];
        long[] projects = new long[names.length];
        long projectTotal = 0;
        for (int i = 0; i < names.length; i++) {
            projects[i] = 200_000L + random.nextInt(8_000_000);
            projectTotal += projects[i];
        }
        long spending = basic + projectTotal;
        long budget = spending + random.nextInt(3_000_000);
        long reception = random.nextInt(80_000);
        long vehicle = random.nextInt(400_000);
        long threePublic = reception + vehicle;

        // title and opening
        String titleKind = pick(new String[] {"部门整体支出绩效自评报告", "部门整体支出绩效自评报告", "部门（单位）整体支出绩效评价自评报告"});
        line(year + "年度" + department + titleKind);
        line("");
        String opening = pick(new String[] {"%s是%s人民政府工作部门，负责全区相关行政管理工作。", "%s为%s政府组成部门，内设机构6个。"});
        line(String.format(opening, department, region.substring(region.indexOf("市") + 1)));
        String staffSentence = pick(new String[] {"本单位核定编制数%d人，实有人数%d人，离退休人员%d人。",
                "单位行政、事业编制人数共有%d人，实际在职人数%d人，离退人员%d人。"});
        line(String.format(staffSentence, authorized, actual, retired));
        fields.put("staff.authorized", BigDecimal.valueOf(authorized));
        fields.put("staff.actual", BigDecimal.valueOf(actual));
        fields.put("staff.retired", BigDecimal.valueOf(retired));

        // spending paragraph with nested 其中
        long statedPublic = plant == Plant.SUM_PUBLIC ? publicCost + 500_000 : publicCost;
        long statedBasicInPart = plant == Plant.PART_LARGER ? spending + 10_000_000 : basic;
        String spendingLabel = pick(new String[] {"全年执行数", "支出合计", "部门整体支出"});
        line(String.format("二、%d年度%s%s，其中：基本支出%s，其中：%s%s，%s%s；项目支出%s。", year, spendingLabel, money(spending),
                money(statedBasicInPart), pick(new String[] {"人员经费", "人员支出"}), money(personnel),
                pick(new String[] {"公用经费", "日常公用经费"}), money(statedPublic), money(projectTotal)));
        fields.put("spending.total", wan(spending));
        fields.put("spending.basic", wan(basic));
        fields.put("spending.personnel", wan(personnel));
        fields.put("spending.public", wan(publicCost));
        fields.put("spending.project", wan(projectTotal));

        // comparison with the prior year, and a share, stated as reports state them
        long priorBasic = basic - 200_000 + random.nextInt(400_000) + 1;
        long change = basic - priorBasic;
        BigDecimal changeRate = BigDecimal.valueOf(Math.abs(change) * 100.0 / priorBasic).setScale(2, RoundingMode.HALF_UP);
        line(String.format("上年基本支出%s，本年%s%s，%s%s%%。", money(priorBasic), change >= 0 ? "增加" : "减少", money(Math.abs(change)),
                change >= 0 ? "增长" : "下降", changeRate.toPlainString()));
        BigDecimal share = BigDecimal.valueOf(projectTotal * 100.0 / spending).setScale(2, RoundingMode.HALF_UP);
        line(String.format("项目支出%s，占总支出%s的比重为%s%%。", money(projectTotal), money(spending), share.toPlainString()));

        // budget and execution rate
        BigDecimal rate = BigDecimal.valueOf(spending * 100.0 / budget).setScale(2, RoundingMode.HALF_UP);
        if (plant == Plant.RATE_EXECUTION) {
            rate = rate.subtract(BigDecimal.valueOf(7.5));
        }
        line(String.format("%d年全年预算数%s，全年执行数%s，预算执行率%s%%。", year, money(budget), money(spending), rate.toPlainString()));
        fields.put("budget.full_year", wan(budget));
        fields.put("execution_rate", rate);

        // projects, one sentence each
        line("（二）项目支出情况");
        List<String> projectNames = new ArrayList<>();
        List<BigDecimal> projectAmounts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            line(String.format("%d.%s%s。主要用于保障相关工作开展。", i + 1, names[i], money(projects[i])));
            projectNames.add(names[i]);
            projectAmounts.add(wan(projects[i]));
        }

        // three public funds
        line(String.format("“三公”经费支出%s，其中：公务接待费%s，公务用车运行维护费%s，因公出国（境）费0.00万元。",
                money(threePublic), money(reception), money(vehicle)));
        fields.put("three_public.total", wan(threePublic));
        fields.put("three_public.reception", wan(reception));
        fields.put("three_public.vehicle_operation", wan(vehicle));

        // control rate
        BigDecimal control = BigDecimal.valueOf(actual * 100.0 / authorized).setScale(2, RoundingMode.HALF_UP);
        if (plant == Plant.RATE_CONTROL) {
            control = control.add(BigDecimal.valueOf(6));
        }
        line(String.format("财政供养人员控制率为%s%%。", control.toPlainString()));

        // roll-forward of fixed assets
        long opening0 = 1_000_000L + random.nextInt(9_000_000);
        long added = random.nextInt(2_000_000);
        long disposed = random.nextInt(500_000);
        long closing = opening0 + added - disposed + (plant == Plant.ROLL ? 300_000 : 0);
        line(String.format("%d年度固定资产期初余额为%s，本年度购置新增%s，报废处置%s，期末余额%s。", year, money(opening0), money(added),
                money(disposed), money(closing)));

        // unit price line
        int heads = 50 + random.nextInt(500);
        int perHead = 100 + random.nextInt(900);
        long checkup = (long) heads * perHead + (plant == Plant.PRICE ? 80_000 : 0);
        line(String.format("全年组织%d名职工体检，按%d元/人标准，体检经费%s。", heads, perHead, money(checkup)));

        // basic data table (columns in varying order)
        line("");
        line("附件1");
        line(year + "年度部门整体支出绩效评价基础数据表");
        writeDataTable(year, personnel, publicCost, basic, projectTotal, threePublic, names, projects);

        // indicator table, scored with the deductions the text lists
        int[] deductions = {random.nextInt(3), random.nextInt(3), random.nextInt(2)};
        int lost = deductions[0] + deductions[1] + deductions[2];
        int score = 100 - lost + (plant == Plant.SCORE_DEDUCTIONS ? 2 : 0);
        line("");
        line(year + "年度部门整体支出绩效自评表");
        int indicators = writeIndicators(year, deductions, score);

        line("考核办法：未按时完成的每项扣2分，资料不全扣1分，逾期报送扣0.5分。");
        line(String.format("产出指标满分40分，扣%d分，完成%d分；效益指标满分40分，扣%d分，完成%d分；满意度指标满分20分，扣%d分，完成%d分。",
                deductions[0], 40 - deductions[0], deductions[1], 40 - deductions[1], deductions[2], 20 - deductions[2]));
        line(String.format("部门整体支出绩效自评得分%d分，评价等次为%s。", score, score >= 90 ? "优秀" : score >= 80 ? "良好" : "中"));
        fields.put("self_score", BigDecimal.valueOf(score));

        // project conflict: the same project restated with another amount
        if (plant == Plant.CONFLICT_PROJECT) {
            line(String.format("三、%s实际支出情况：%s%s。", names[0], names[0], money(projects[0] + 1_234_500)));
        }
        Set<Plant> planted = plant == Plant.NONE ? EnumSet.noneOf(Plant.class) : EnumSet.of(plant);
        return new Generated(out.toString(), new Truth(department, year, fields, projectNames, projectAmounts,
                List.copyOf(projectBudgets), indicators, planted));
    }

    private void writeDataTable(int year, long personnel, long publicCost, long basic, long projectTotal, long threePublic,
            String[] names, long[] projects) {
        // three columns: prior-year actual, budget, actual — in one of two orders
        boolean actualFirst = random.nextBoolean();
        String[] headers = actualFirst
                ? new String[] {year + "年决算数", (year - 1) + "年决算数", year + "年预算数"}
                : new String[] {(year - 1) + "年决算数", year + "年预算数", year + "年决算数"};
        int actualColumn = actualFirst ? 0 : 2;
        int budgetColumn = actualFirst ? 2 : 1;
        row("经费控制情况（万元）", headers[0], headers[1], headers[2]);
        row("三公经费", cells(threePublic, actualColumn));
        row("项目支出", cells(projectTotal, actualColumn));
        for (int i = 0; i < names.length; i++) {
            String[] c = cells(projects[i], actualColumn);
            projectBudgets.add(new BigDecimal(c[budgetColumn]));
            row("    " + (i + 1) + "、" + names[i], c);
        }
        row("公用经费", cells(publicCost, actualColumn));
        out.append('\n');
    }

    private String[] cells(long actualYuan, int actualColumn) {
        String[] c = new String[3];
        for (int i = 0; i < 3; i++) {
            // the other years' figures differ on purpose: only the fiscal year's actual may be taken
            long other = actualYuan + 100_000L * (i + 1) + random.nextInt(50_000);
            c[i] = wan(i == actualColumn ? actualYuan : other).toPlainString();
        }
        return c;
    }

    private int writeIndicators(int year, int[] deductions, int total) {
        String[][] headerVariants = {
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
                {"一级指标", "二级指标", "三级指标", "指标值", "完成情况", "权重", "得分", "备注"}};
        String[] header = pick(headerVariants);
        row(header);
        String[][] rows = {
                {"产出指标", "数量指标", "培训人次", "500人次以上", "612人次", "20"},
                {"", "质量指标", "验收合格率", "≥95%", "98%", "20"},
                {"效益指标", "社会效益指标", "服务覆盖率", "90%以上", "93%", "20"},
                {"", "时效指标", "完成时间", year + "年12月", year + "年11月", "20"},
                {"满意度指标", "服务对象满意度指标", "群众满意度", "85%以上", "92%", "20"}};
        // the deductions of 产出, 效益 and 满意度 fall on their first indicator
        int[] lostByRow = {deductions[0], 0, deductions[1], 0, deductions[2]};
        int n = 0;
        for (String[] r : rows) {
            String target = r[3];
            String actual = r[4];
            String weight = r[5];
            String score = String.valueOf(Integer.parseInt(weight) - lostByRow[n]);
            if (plant == Plant.TARGET && n == 2) {
                actual = "80%";
                score = weight;
            }
            String note = "";
            if (plant == Plant.YEAR && n == 3) {
                note = "在" + (year - 1) + "年12月底前完成得满分";
            }
            row(r[0], r[1], r[2], target, actual, weight, score, note);
            n++;
        }
        row("总分", "100", String.valueOf(total));
        out.append('\n');
        return rows.length;
    }

    private void row(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        row(all);
    }

    private void row(String[] cells) {
        for (String c : cells) {
            out.append('\t').append(c).append('\n');
        }
        out.append('\n');
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
