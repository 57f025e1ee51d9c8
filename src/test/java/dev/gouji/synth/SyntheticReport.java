package dev.gouji.synth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes self-evaluation reports of made-up departments, with every identity true as reports round it: the
 * money is drawn in 元 and each figure rounded to 0.01万元 where it is written, so written parts may miss
 * their written total by a cent. The seed chooses a {@link Layout} — plain text in the seeds' TAB layout or
 * HTML, the data table's columns (the seeds' order, explicit year columns with the prior year first, or years
 * over 预算数 | 决算数 in a two-row header), tables in 元 under 「单位：元」 while the text says 万元, a side-by-side
 * 收入 | 支出 table, a project table with 执行率 — and the wording of its sentences, so that a run over a few
 * dozen seeds meets every layout. {@link Plant} breaks exactly one relation, for the reconciler's tests.
 */
public final class SyntheticReport {
    /** One contradiction to plant; NONE keeps the report consistent. */
    public enum Plant {
        NONE, SUM_PUBLIC, PART_LARGER, CONFLICT_PROJECT, RATE_EXECUTION, RATE_CONTROL, SCORE_DEDUCTIONS, PRICE, ROLL, YEAR, TARGET,
        /** 财政拨款收入 off in the side-by-side 收入 | 支出 table, so that 本年收入合计 is not its sources' sum. */
        SUM_INCOME,
        /** A project's 执行率 in the project table that its own 执行数 / 预算数 do not give. */
        RATE_PROJECT
    }

    /** How the report is written: the file format. */
    public enum Format { TXT, HTML }

    /** The columns of the basic data table. */
    public enum DataColumns {
        /** 「2023年决算数 | 2022年决算数 | 2023年预算数」: the fiscal year's actual first. */
        ACTUAL_FIRST,
        /** 「2022年决算数 | 2023年预算数 | 2023年决算数」: the prior year first, explicit years. */
        PRIOR_FIRST,
        /** 「2022年 | 2023年」 over 「预算数 | 决算数」. */
        YEARS_OVER_BASES
    }

    /** Wordings of the sentences that vary. */
    public enum BudgetWording { FULL_YEAR_BUDGET, SPENDING_BUDGET, ADJUSTED_BUDGET }

    public enum ChangeWording { PRIOR_THEN_CHANGE, COMPARED_WITH_PRIOR_YEAR }

    public enum ThreePublicWording { SPENT, FINAL_ACCOUNTS_TOTAL, COMBINED_TOTAL }

    /** Everything the seed chose about the report's shape. */
    public record Layout(Format format, DataColumns dataColumns, boolean tablesInYuan, boolean textInYuan, boolean incomeTable,
            boolean projectTable, BudgetWording budget, ChangeWording change, ThreePublicWording threePublic) {
    }

    /**
     * The figures the report states, in 万元 / 人 / % / 分. A project's {@code projectAmounts} is what the text and
     * the actual column give (spent); {@code projectBudgets} the fiscal year's budget column.
     */
    public record Truth(String department, int year, Map<String, BigDecimal> fields, List<String> projects,
            List<BigDecimal> projectAmounts, List<BigDecimal> projectBudgets, int indicators, Set<Plant> planted) {
    }

    /** The report as a file ({@code fileName} says its format), what it states and how it is laid out. */
    public record Generated(String text, String fileName, Truth truth, Layout layout) {
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
    private final Page page = new Page();
    private final Map<String, BigDecimal> fields = new LinkedHashMap<>();
    private final List<BigDecimal> projectBudgets = new ArrayList<>();
    private Layout layout;

    private final Plant layoutOf;

    private SyntheticReport(long seed, Plant plant, Plant layoutOf) {
        this.layoutOf = layoutOf;
        // consecutive seeds give java.util.Random nearly the same first draws: spread them first
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        this.plant = plant;
    }

    /** The seed's report with {@code plant} in it; a plant that lives in a table the seed left out brings that table. */
    public static Generated generate(long seed, Plant plant) {
        return new SyntheticReport(seed, plant, plant).write();
    }

    /** The same report as {@code generate(seed, plant)}, laid out the same, with the contradiction corrected. */
    public static Generated corrected(long seed, Plant plant) {
        return new SyntheticReport(seed, Plant.NONE, plant).write();
    }

    private static BigDecimal wan(long yuan) {
        return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10000), 2, RoundingMode.HALF_UP);
    }

    /** Money in the text: 万元 to two decimals, or 元 with thousands separators. */
    private String money(long yuan) {
        return layout.textInYuan() ? String.format(Locale.ROOT, "%,d元", yuan) : wan(yuan).toPlainString() + "万元";
    }

    /** The figure the text writes, in 万元: the ratios the report states are worked out from these. */
    private BigDecimal written(long yuan) {
        return layout.textInYuan() ? BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10000)) : wan(yuan);
    }

    /** A bare figure in a table: 万元 to two decimals, or 元 with separators and cents under 「单位：元」. */
    private String cell(long yuan) {
        return layout.tablesInYuan() ? String.format(Locale.ROOT, "%,d.00", yuan) : wan(yuan).toPlainString();
    }

    private BigDecimal cellWan(long yuan) {
        return layout.tablesInYuan() ? BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10000)) : wan(yuan);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private Layout chooseLayout() {
        Layout l = new Layout(pick(Format.values()), pick(DataColumns.values()), random.nextInt(3) == 0, random.nextInt(5) == 0,
                random.nextBoolean(), random.nextBoolean(), pick(BudgetWording.values()), pick(ChangeWording.values()),
                pick(ThreePublicWording.values()));
        return new Layout(l.format(), l.dataColumns(), l.tablesInYuan(), l.textInYuan(), l.incomeTable() || layoutOf == Plant.SUM_INCOME,
                l.projectTable() || layoutOf == Plant.RATE_PROJECT, l.budget(), l.change(), l.threePublic());
    }

    private Generated write() {
        layout = chooseLayout();
        int u = random.nextInt(UNITS.length);
        String region = pick(REGIONS);
        String department = region + UNITS[u];
        int year = 2019 + random.nextInt(6);

        int authorized = 20 + random.nextInt(200);
        int actual = authorized - random.nextInt(Math.max(1, authorized / 4));
        int retired = random.nextInt(30);
        long personnel = 3_000_000L + random.nextInt(20_000_000);
        long publicCost = 300_000L + random.nextInt(3_000_000);
        long basic = personnel + publicCost;
        String[] names = PROJECTS[u];
        Money[] projects = new Money[names.length];
        long projectTotal = 0;
        for (int i = 0; i < names.length; i++) {
            long spent = 200_000L + random.nextInt(8_000_000);
            projects[i] = new Money(spent + random.nextInt(300_000), spent, spent - 150_000 + random.nextInt(300_000));
            projectTotal += spent;
        }
        long spending = basic + projectTotal;
        long budget = spending + random.nextInt(3_000_000);
        long reception = random.nextInt(80_000);
        long vehicle = random.nextInt(400_000);
        long threePublic = reception + vehicle;

        // title and opening
        String titleKind = pick(new String[] {"部门整体支出绩效自评报告", "部门整体支出绩效自评报告", "部门（单位）整体支出绩效评价自评报告"});
        page.title(year + "年度" + department + titleKind);
        String opening = pick(new String[] {"%s是%s人民政府工作部门，负责全区相关行政管理工作。", "%s为%s政府组成部门，内设机构6个。"});
        page.line(String.format(opening, department, region.substring(region.indexOf("市") + 1)));
        String staffSentence = pick(new String[] {"本单位核定编制数%d人，实有人数%d人，离退休人员%d人。",
                "单位行政、事业编制人数共有%d人，实际在职人数%d人，离退人员%d人。"});
        page.line(String.format(staffSentence, authorized, actual, retired));
        fields.put("staff.authorized", BigDecimal.valueOf(authorized));
        fields.put("staff.actual", BigDecimal.valueOf(actual));
        fields.put("staff.retired", BigDecimal.valueOf(retired));

        // spending paragraph with nested 其中
        long statedPublic = plant == Plant.SUM_PUBLIC ? publicCost + 500_000 : publicCost;
        long statedBasicInPart = plant == Plant.PART_LARGER ? spending + 10_000_000 : basic;
        String spendingLabel = pick(new String[] {"全年执行数", "支出合计", "部门整体支出"});
        page.line(String.format("二、%d年度%s%s，其中：基本支出%s，其中：%s%s，%s%s；项目支出%s。", year, spendingLabel, money(spending),
                money(statedBasicInPart), pick(new String[] {"人员经费", "人员支出"}), money(personnel),
                pick(new String[] {"公用经费", "日常公用经费"}), money(statedPublic), money(projectTotal)));
        fields.put("spending.total", wan(spending));
        fields.put("spending.basic", wan(basic));
        fields.put("spending.personnel", wan(personnel));
        fields.put("spending.public", wan(publicCost));
        fields.put("spending.project", wan(projectTotal));

        // comparison with the prior year, and a share, stated as reports state them
        long priorBasic = basic - 200_000 + random.nextInt(400_000) + 1;
        writeChange(year, basic, priorBasic);
        BigDecimal share = percent(written(projectTotal), written(spending));
        page.line(String.format("项目支出%s，占总支出%s的比重为%s%%。", money(projectTotal), money(spending), share.toPlainString()));

        // budget and execution rate
        BigDecimal rate = percent(written(spending), written(budget));
        if (plant == Plant.RATE_EXECUTION) {
            rate = rate.subtract(BigDecimal.valueOf(7.5));
        }
        page.line(switch (layout.budget()) {
            case FULL_YEAR_BUDGET -> String.format("%d年全年预算数%s，全年执行数%s，预算执行率%s%%。", year, money(budget), money(spending),
                    rate.toPlainString());
            case SPENDING_BUDGET -> String.format("%d年部门支出预算为%s，全年实际支出%s，预算执行率为%s%%。", year, money(budget),
                    money(spending), rate.toPlainString());
            case ADJUSTED_BUDGET -> String.format("本年度调整后预算数%s，执行数%s，执行率%s%%。", money(budget), money(spending),
                    rate.toPlainString());
        });
        fields.put("budget.full_year", wan(budget));
        fields.put("execution_rate", rate);

        // projects, one sentence each
        page.line("（二）项目支出情况");
        List<String> projectNames = new ArrayList<>();
        List<BigDecimal> projectAmounts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            page.line(String.format("%d.%s%s。主要用于保障相关工作开展。", i + 1, names[i], money(projects[i].actual())));
            projectNames.add(names[i]);
            projectAmounts.add(wan(projects[i].actual()));
        }

        writeThreePublic(year, threePublic, reception, vehicle);

        // control rate
        BigDecimal control = percent(BigDecimal.valueOf(actual), BigDecimal.valueOf(authorized));
        if (plant == Plant.RATE_CONTROL) {
            control = control.add(BigDecimal.valueOf(6));
        }
        page.line(String.format("财政供养人员控制率为%s%%。", control.toPlainString()));

        // roll-forward of fixed assets
        long opening0 = 1_000_000L + random.nextInt(9_000_000);
        long added = random.nextInt(2_000_000);
        long disposed = random.nextInt(500_000);
        long closing = opening0 + added - disposed + (plant == Plant.ROLL ? 300_000 : 0);
        page.line(String.format("%d年度固定资产期初余额为%s，本年度购置新增%s，报废处置%s，期末余额%s。", year, money(opening0), money(added),
                money(disposed), money(closing)));

        // unit price line
        int heads = 50 + random.nextInt(500);
        int perHead = 100 + random.nextInt(900);
        long checkup = (long) heads * perHead + (plant == Plant.PRICE ? 80_000 : 0);
        page.line(String.format("全年组织%d名职工体检，按%d元/人标准，体检经费%s。", heads, perHead, money(checkup)));

        if (layout.incomeTable()) {
            writeIncomeTable(year, spending, basic, projectTotal);
        }
        if (layout.projectTable()) {
            writeProjectTable(year, names, projects);
        }

        page.line("附件1");
        page.line(year + "年度部门整体支出绩效评价基础数据表");
        Money three = new Money(threePublic + random.nextInt(50_000), threePublic, threePublic - 20_000 + random.nextInt(40_000));
        Money pub = new Money(publicCost + random.nextInt(200_000), publicCost, publicCost - 100_000 + random.nextInt(200_000));
        writeDataTable(year, three, pub, names, projects);

        // indicator table, scored with the deductions the text lists
        int[] deductions = {random.nextInt(3), random.nextInt(3), random.nextInt(2)};
        int lost = deductions[0] + deductions[1] + deductions[2];
        int score = 100 - lost + (plant == Plant.SCORE_DEDUCTIONS ? 2 : 0);
        page.line(year + "年度部门整体支出绩效自评表");
        int indicators = writeIndicators(year, deductions, score);

        page.line("考核办法：未按时完成的每项扣2分，资料不全扣1分，逾期报送扣0.5分。");
        page.line(String.format("产出指标满分40分，扣%d分，完成%d分；效益指标满分40分，扣%d分，完成%d分；满意度指标满分20分，扣%d分，完成%d分。",
                deductions[0], 40 - deductions[0], deductions[1], 40 - deductions[1], deductions[2], 20 - deductions[2]));
        page.line(String.format("部门整体支出绩效自评得分%d分，评价等次为%s。", score, score >= 90 ? "优秀" : score >= 80 ? "良好" : "中"));
        fields.put("self_score", BigDecimal.valueOf(score));

        // project conflict: the same project restated with another amount
        if (plant == Plant.CONFLICT_PROJECT) {
            page.line(String.format("三、%s实际支出情况：%s%s。", names[0], names[0], money(projects[0].actual() + 1_234_500)));
        }
        Set<Plant> planted = plant == Plant.NONE ? EnumSet.noneOf(Plant.class) : EnumSet.of(plant);
        Truth truth = new Truth(department, year, fields, projectNames, projectAmounts, List.copyOf(projectBudgets), indicators, planted);
        boolean html = layout.format() == Format.HTML;
        return new Generated(html ? page.html() : page.text(), html ? "report.html" : "report.txt", truth, layout);
    }

    /** A quantity's fiscal-year budget, its actual and the prior year's actual, in 元. */
    private record Money(long budget, long actual, long prior) {
    }

    private void writeChange(int year, long basic, long priorBasic) {
        long change = basic - priorBasic;
        BigDecimal changeRate = percent(written(Math.abs(change)), written(priorBasic));
        String up = change >= 0 ? "增加" : "减少";
        String grew = change >= 0 ? "增长" : "下降";
        page.line(switch (layout.change()) {
            case PRIOR_THEN_CHANGE -> String.format("上年基本支出%s，本年%s%s，%s%s%%。", money(priorBasic), up, money(Math.abs(change)), grew,
                    changeRate.toPlainString());
            case COMPARED_WITH_PRIOR_YEAR -> String.format("%d年基本支出%s，比上年%s%s，%s%s%%，主要是人员工资调整。", year, money(basic), up,
                    money(Math.abs(change)), grew, changeRate.toPlainString());
        });
    }

    private void writeThreePublic(int year, long total, long reception, long vehicle) {
        page.line(switch (layout.threePublic()) {
            case SPENT -> String.format("“三公”经费支出%s，其中：公务接待费%s，公务用车运行维护费%s，因公出国（境）费0.00万元。",
                    money(total), money(reception), money(vehicle));
            case FINAL_ACCOUNTS_TOTAL -> String.format("%d年度“三公”经费决算总额%s，其中：因公出国（境）费0.00万元，公务用车运行维护费%s，公务接待费%s。",
                    year, money(total), money(vehicle), money(reception));
            case COMBINED_TOTAL -> String.format("三公经费合计%s，其中公务用车运行维护费%s，公务接待费%s，未发生因公出国（境）费用。",
                    money(total), money(vehicle), money(reception));
        });
        fields.put("three_public.total", wan(total));
        fields.put("three_public.reception", wan(reception));
        fields.put("three_public.vehicle_operation", wan(vehicle));
    }

    /**
     * The year's income and spending side by side: 收入 (财政拨款收入, 其他收入, 本年收入合计, 上年结转, 收入总计) against
     * 支出 (基本支出, 项目支出, 本年支出合计, 年末结转和结余, 支出总计). The carry-over closes and both 总计 agree.
     */
    private void writeIncomeTable(int year, long spending, long basic, long projectTotal) {
        long income = spending - 500_000 + random.nextInt(1_000_000);
        long other = random.nextInt(300_000);
        long appropriation = income - other;
        long carried = 600_000L + random.nextInt(2_000_000);
        long closing = carried + income - spending;
        long grand = carried + income;
        unitLine(year + "年度收入支出决算总表");
        Grid g = new Grid();
        g.row(new Cell("收入", 2, 1), new Cell("支出", 2, 1));
        g.row(c("项目"), c("决算数"), c("项目"), c("决算数"));
        long statedAppropriation = appropriation + (plant == Plant.SUM_INCOME ? 300_000 : 0);
        g.row(c("财政拨款收入"), c(cell(statedAppropriation)), c("基本支出"), c(cell(basic)));
        g.row(c("其他收入"), c(cell(other)), c("项目支出"), c(cell(projectTotal)));
        g.row(c("本年收入合计"), c(cell(income)), c("本年支出合计"), c(cell(spending)));
        g.row(c("上年结转"), c(cell(carried)), c("年末结转和结余"), c(cell(closing)));
        g.row(c("收入总计"), c(cell(grand)), c("支出总计"), c(cell(grand)));
        page.table(g);
        fields.put("income.total", wan(income));
        fields.put("income.appropriation", wan(appropriation));
        fields.put("income.other", wan(other));
        fields.put("carryover.opening", wan(carried));
    }

    /** 序号 | 项目名称 | 预算数 | 执行数 | 执行率, with a 合计 row; the rates worked out from the figures as written. */
    private void writeProjectTable(int year, String[] names, Money[] projects) {
        unitLine(year + "年度项目支出执行情况表");
        Grid g = new Grid();
        g.row(c("序号"), c("项目名称"), c("预算数"), c("执行数"), c("执行率"));
        long budgets = 0;
        long spent = 0;
        for (int i = 0; i < names.length; i++) {
            Money m = projects[i];
            BigDecimal rate = percent(cellWan(m.actual()), cellWan(m.budget()));
            if (plant == Plant.RATE_PROJECT && i == 0) {
                rate = rate.subtract(BigDecimal.valueOf(6.4));
            }
            g.row(c(String.valueOf(i + 1)), c(names[i]), c(cell(m.budget())), c(cell(m.actual())), c(rate + "%"));
            budgets += m.budget();
            spent += m.actual();
        }
        g.row(c(""), c("合计"), c(cell(budgets)), c(cell(spent)), c(percent(cellWan(spent), cellWan(budgets)) + "%"));
        page.table(g);
    }

    /** The table's caption, and 「单位：元」 or 「单位：万元」 on the line above it. */
    private void unitLine(String caption) {
        page.line(caption);
        page.line(layout.tablesInYuan() ? "单位：元" : "单位：万元");
    }

    private void writeDataTable(int year, Money three, Money pub, String[] names, Money[] projects) {
        String first = layout.tablesInYuan() ? "项目" : "经费控制情况（万元）";
        if (layout.tablesInYuan()) {
            page.line("单位：元");
        }
        long projectBudget = 0;
        long projectActual = 0;
        long projectPrior = 0;
        for (Money m : projects) {
            projectBudget += m.budget();
            projectActual += m.actual();
            projectPrior += m.prior();
        }
        Money projectTotal = new Money(projectBudget, projectActual, projectPrior);
        Grid g = new Grid();
        switch (layout.dataColumns()) {
            case ACTUAL_FIRST -> g.row(c(first), c(year + "年决算数"), c((year - 1) + "年决算数"), c(year + "年预算数"));
            case PRIOR_FIRST -> g.row(c(first), c((year - 1) + "年决算数"), c(year + "年预算数"), c(year + "年决算数"));
            case YEARS_OVER_BASES -> {
                g.row(new Cell(first, 1, 2), new Cell((year - 1) + "年", 2, 1), new Cell(year + "年", 2, 1));
                g.row(c("预算数"), c("决算数"), c("预算数"), c("决算数"));
            }
        }
        dataRow(g, "三公经费", three);
        dataRow(g, "项目支出", projectTotal);
        for (int i = 0; i < names.length; i++) {
            dataRow(g, "    " + (i + 1) + "、" + names[i], projects[i]);
            projectBudgets.add(cellWan(projects[i].budget()).setScale(2, RoundingMode.HALF_UP));
        }
        dataRow(g, "公用经费", pub);
        page.table(g);
    }

    private void dataRow(Grid g, String label, Money m) {
        switch (layout.dataColumns()) {
            case ACTUAL_FIRST -> g.row(c(label), c(cell(m.actual())), c(cell(m.prior())), c(cell(m.budget())));
            case PRIOR_FIRST -> g.row(c(label), c(cell(m.prior())), c(cell(m.budget())), c(cell(m.actual())));
            // the prior year's budget is not drawn elsewhere: its own figure, above its actual
            case YEARS_OVER_BASES -> g.row(c(label), c(cell(m.prior() + 100_000)), c(cell(m.prior())), c(cell(m.budget())),
                    c(cell(m.actual())));
        }
    }

    private int writeIndicators(int year, int[] deductions, int total) {
        String[][] headerVariants = {
                {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
                {"一级指标", "二级指标", "三级指标", "指标值", "完成情况", "权重", "得分", "备注"}};
        Grid g = new Grid();
        g.row(cells(pick(headerVariants)));
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
            g.row(cells(r[0], r[1], r[2], r[3], actual, weight, score, note));
            n++;
        }
        g.row(c("总分"), c("100"), c(String.valueOf(total)));
        page.table(g);
        return rows.length;
    }

    // ---- the page: paragraphs and tables, written as the seeds' plain text or as HTML ----

    /** A table cell; spans are written as HTML attributes, and left for the reader to infer in plain text. */
    private record Cell(String text, int colspan, int rowspan) {
    }

    private static Cell c(String text) {
        return new Cell(text, 1, 1);
    }

    private static Cell[] cells(String... texts) {
        Cell[] out = new Cell[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = c(texts[i]);
        }
        return out;
    }

    private static final class Grid {
        final List<List<Cell>> rows = new ArrayList<>();

        void row(Cell... cells) {
            rows.add(List.of(cells));
        }
    }

    private static final class Page {
        private final List<Object> blocks = new ArrayList<>();

        void title(String s) {
            blocks.add(new Title(s));
        }

        void line(String s) {
            blocks.add(s);
        }

        void table(Grid g) {
            blocks.add(g);
        }

        private record Title(String text) {
        }

        /**
         * The seeds' layout: a cell per TAB line, a blank line after each row, a blank line after the table. A
         * cell under a row-spanning one is written empty (the reader carries the merge down), and the upper row
         * of a two-row header is written without its merges (the reader spreads it over the row below).
         */
        String text() {
            StringBuilder out = new StringBuilder();
            for (Object b : blocks) {
                if (b instanceof Title t) {
                    out.append(t.text()).append("\n\n");
                } else if (b instanceof Grid g) {
                    out.append('\n');
                    List<Integer> spanned = new ArrayList<>();
                    for (List<Cell> row : g.rows) {
                        List<Integer> next = new ArrayList<>();
                        int col = spanned.size();
                        out.append("\t\n".repeat(spanned.size()));
                        for (Cell cell : row) {
                            out.append('\t').append(cell.text()).append('\n');
                            if (cell.rowspan() > 1) {
                                next.add(col);
                            }
                            col += cell.colspan();
                        }
                        out.append('\n');
                        spanned = next;
                    }
                    out.append('\n');
                } else {
                    out.append(b).append('\n');
                }
            }
            return out.toString();
        }

        String html() {
            StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>绩效自评报告</title></head><body>\n");
            for (Object b : blocks) {
                if (b instanceof Title t) {
                    out.append("<h1>").append(escape(t.text())).append("</h1>\n");
                } else if (b instanceof Grid g) {
                    out.append("<table border=\"1\">\n");
                    for (List<Cell> row : g.rows) {
                        out.append("<tr>");
                        for (Cell cell : row) {
                            out.append("<td");
                            if (cell.colspan() > 1) {
                                out.append(" colspan=\"").append(cell.colspan()).append('"');
                            }
                            if (cell.rowspan() > 1) {
                                out.append(" rowspan=\"").append(cell.rowspan()).append('"');
                            }
                            out.append('>').append(escape(cell.text())).append("</td>");
                        }
                        out.append("</tr>\n");
                    }
                    out.append("</table>\n");
                } else {
                    out.append("<p>").append(escape((String) b)).append("</p>\n");
                }
            }
            return out.append("</body></html>\n").toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
