package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One reader is shared by every extractor thread and called for each paragraph and cell. */
class NumberReaderConcurrencyTest {
    private static final String PARAGRAPH = "共办理渣土违规处置案件1255起、罚款209万元，办理露天禁烧案件33起、罚款1.97万元。"
            + "组织巡河1450余人次，满意度≥95%，2023年12月，岳财发〔2022〕6号，执行率 99.4%。";

    @Test
    void sharedReaderGivesTheSameAnswerOnEveryThread() throws Exception {
        NumberReader reader = new NumberReader();
        List<Quantity> expected = reader.find(PARAGRAPH);
        assertEquals(7, expected.size());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Quantity>>> results = new ArrayList<>();
            for (int k = 0; k < 400; k++) {
                results.add(pool.submit(() -> reader.find(PARAGRAPH)));
            }
            for (Future<List<Quantity>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One scan per call and no state kept between calls: a long text made of the paragraph many times over
     * gives the paragraph's figures that many times, in order and at their offsets. (Its speed was asserted
     * here against a 2 s wall clock, which passes or fails with the machine's load; it is timed in
     * bench/stages now.)
     */
    @Test
    void aLongTextIsTheSumOfItsParagraphs() {
        NumberReader reader = new NumberReader();
        List<Quantity> one = reader.find(PARAGRAPH);
        int copies = 2000;
        List<Quantity> all = reader.find(PARAGRAPH.repeat(copies));
        assertEquals(one.size() * copies, all.size());
        for (int k = 0; k < copies; k += 499) {
            for (int i = 0; i < one.size(); i++) {
                Quantity q = all.get(k * one.size() + i);
                assertEquals(one.get(i).value(), q.value());
                assertEquals(one.get(i).unit(), q.unit());
                assertEquals(one.get(i).end() + k * PARAGRAPH.length(), q.end());
            }
        }
        assertEquals(reader.parseCell("1,633.94"), reader.parseCell("1,633.94"));
    }
}
