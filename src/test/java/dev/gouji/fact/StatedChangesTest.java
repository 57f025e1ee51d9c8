package dev.gouji.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.read.Readers;
import dev.gouji.record.Change;
import dev.gouji.record.Mention;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a stated change between years compares, in the wordings it comes in (written for these tests). */
class StatedChangesTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private static Extraction finalAccounts(String body) throws Exception {
        String html = "<html><body><h1>某市某区商务局2023年度部门决算</h1>" + body + "</body></html>";
        return EXTRACTOR.extract(Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "r.html", PipelineConfig.defaults().readLimits()));
    }

    private static Change changeOf(Extraction ex, String raw) {
        Mention m = ex.mentions().stream().filter(x -> x.raw().equals(raw)).findFirst()
                .orElseThrow(() -> new AssertionError(raw + " not among the mentions"));
        return m.change();
    }

    @Test
    void theAmountStatedBeforeTheChangeIsWhatChanged() throws Exception {
        Extraction ex = finalAccounts("<p>2023年，本部门机关运行经费支出41.93万元，比2022年减少3.12万元，下降6.93%。</p>"
                + "<p>2023年本年支出合计851.93万元，比上年决算数795.12万元增加56.81万元，增长7.14%。</p>");
        assertEquals(new Change("running_cost", "actual", 2022, 2023, Change.DECREASE), changeOf(ex, "3.12万元"));
        assertEquals(new Change("running_cost", "actual", 2022, 2023, Change.DECREASE), changeOf(ex, "6.93%"));
        // the compared year's own figure in the comparison is passed over
        assertEquals(new Change("spending.total", "actual", 2022, 2023, Change.INCREASE), changeOf(ex, "56.81万元"));
        assertNull(changeOf(ex, "41.93万元"));
        assertNull(changeOf(ex, "795.12万元"));
    }

    @Test
    void theChangesOwnWordsNameWhatChanged() throws Exception {
        Extraction ex = finalAccounts("<p>与2022年相比，“三公”经费财政拨款支出减少0.24万元，下降4.70%。</p>"
                + "<p>项目支出较上年增加185.30万元。</p>");
        assertEquals(new Change("three_public.total", "actual", 2022, 2023, Change.DECREASE), changeOf(ex, "0.24万元"));
        assertEquals(new Change("three_public.total", "actual", 2022, 2023, Change.DECREASE), changeOf(ex, "4.70%"));
        assertEquals(new Change("spending.project", "actual", 2022, 2023, Change.INCREASE), changeOf(ex, "185.30万元"));
    }

    @Test
    void changesWithinTheYearOrOfASubItemAreNotChangesOfTheDepartment() throws Exception {
        Extraction ex = finalAccounts("<p>本年支出合计851.93万元，比年初预算增加20.50万元。</p>"
                + "<p>支出预算2,856.43万元，其中离退休人员生活补助18.36万元，比2021年预算数增加0.44万元。</p>"
                + "<p>基本支出576.89万元，增加12.00万元。</p>");
        assertNull(changeOf(ex, "20.50万元"), "比年初预算: within the year");
        assertNull(changeOf(ex, "0.44万元"), "the sub-item's change, not the department's");
        assertNull(changeOf(ex, "12.00万元"), "no year compared with");
    }
}
