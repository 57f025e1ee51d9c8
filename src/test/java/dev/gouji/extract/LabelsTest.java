package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The variants of a label that name the same figure clean to the same words; the naming words stay. */
class LabelsTest {
    @Test
    void listMarkersOfEveryKindGo() {
        for (String marked : new String[] {"一、基本支出", "（二）基本支出", "(3)基本支出", "4.基本支出", "⑤基本支出", "a.基本支出", "第六章基本支出", "第7条基本支出"}) {
            assertEquals("基本支出", Labels.clean(marked), marked);
        }
    }

    @Test
    void quotesSpacesAndALeadingYearGo() {
        assertEquals("三公经费", Labels.clean("“三公” 经费"));
        assertEquals("三公经费", Labels.clean("2023年度“三公”经费"));
        assertEquals("三公经费", Labels.clean("二〇二三年三公经费"));
    }

    @Test
    void qizhongAndTrailingVerbsGo() {
        assertEquals("公务接待费", Labels.clean("其中：公务接待费"));
        assertEquals("项目支出", Labels.clean("项目支出共计"));
        assertEquals("在职人数", Labels.clean("在职人数共有"));
        assertEquals("执行率", Labels.clean("执行率达到"));
        // 合计 and 共计 at the end are verbs too: 「支出合计」 and 「支出共计」 name the same figure
        assertEquals("支出", Labels.clean("全年支出合计为"));
        assertEquals(Labels.clean("支出合计"), Labels.clean("支出共计"));
    }

    @Test
    void markersAndYearInAnyOrderGoTogether() {
        assertEquals("人员经费", Labels.clean("（一）2023年度，其中：人员经费为"));
    }

    @Test
    void aPartHeadingMarkerGoesWhole() {
        assertEquals("基本支出", Labels.clean("第六部分基本支出"));
    }

    @Test
    void aUnitHintAtTheEndGoes() {
        assertEquals("基本支出", Labels.clean("基本支出（万元）"));
        assertEquals("在职人数", Labels.clean("在职人数(人)"));
    }

    @Test
    void wordsThatNameTheFigureStay() {
        // a number that is part of the name (not a list marker followed by a number) and inner words stay
        assertEquals("2.5级", Labels.clean("2.5级"));
        assertEquals("年初结转和结余", Labels.clean("年初结转和结余"));
        assertEquals("公共财政拨款", Labels.clean("公共财政拨款"));
        assertEquals("", Labels.clean(null));
    }
}
