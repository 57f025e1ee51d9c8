package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A title names its standard table whatever its numbering, quotes and 部门/单位 words; other titles name none. */
class StandardTableTest {
    private static String id(String kind, String title) {
        return StandardTable.recognise(kind, title).map(StandardTable::id).orElse("none");
    }

    @Test
    void finalAccountTitlesInTheirVariants() {
        String k = StandardTable.FINAL;
        assertEquals("final.total", id(k, "表1 收入支出决算总表"));
        assertEquals("final.total", id(k, "一、部门收支决算总表"));
        assertEquals("final.income", id(k, "公开02表 收入决算表"));
        assertEquals("final.income", id(k, "某某市体育局2024年度单位收入决算表"));
        assertEquals("final.expenditure", id(k, "表三 支出决算表"));
        assertEquals("final.appropriation", id(k, "4.财政拨款收入支出决算总表"));
        assertEquals("final.general", id(k, "（五）一般公共预算财政拨款支出决算表"));
        assertEquals("final.general_basic", id(k, "附表6 一般公共预算财政拨款基本支出决算明细表"));
        assertEquals("final.three_public", id(k, "七、财政拨款“三公”经费支出决算表"));
        assertEquals("final.three_public", id(k, "一般公共预算财政拨款\"三公\"经费支出决算表"));
        assertEquals("final.three_public", id(k, "财政拨款‘三公’经费、机关运行经费情况表"));
        assertEquals("final.gov_fund", id(k, "八、政府性基金预算财政拨款收入支出决算表"));
        assertEquals("final.state_capital", id(k, "国有资本经营预算财政拨款支出决算表"));
    }

    @Test
    void anotherTableOrASectionHeadingIsNoStandardTable() {
        String k = StandardTable.FINAL;
        assertEquals("final.project", id(k, "项目支出决算表"));
        assertEquals("none", id(k, "基本支出决算表"));
        assertEquals("none", id(k, "一、收入支出决算总体情况说明"));
        assertEquals("none", id(k, "单位：万元"));
        assertEquals("none", id(k, "注：本表反映部门本年度各项支出情况。"));
        assertEquals("none", id(StandardTable.BUDGET, "表2 收入决算表"));
    }

    @Test
    void budgetTitlesInTheirVariants() {
        String k = StandardTable.BUDGET;
        assertEquals("budget.total", id(k, "表一 收支预算总表"));
        assertEquals("budget.total", id(k, "部门收支总表"));
        assertEquals("budget.income", id(k, "部门收入总表"));
        assertEquals("budget.expenditure", id(k, "表三 支出预算表"));
        assertEquals("budget.appropriation", id(k, "财政拨款收支总表"));
        assertEquals("budget.general", id(k, "一般公共预算支出表"));
        assertEquals("budget.general_basic", id(k, "一般公共预算基本支出表"));
        assertEquals("budget.three_public", id(k, "表四 一般公共预算“三公”经费支出预算表"));
        assertEquals("budget.gov_fund", id(k, "政府性基金预算支出表"));
        assertEquals("budget.project", id(k, "项目支出表"));
    }
}
