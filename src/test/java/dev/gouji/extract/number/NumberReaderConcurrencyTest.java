package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

    @Test
    void thousandsOfCallsTakeWellUnderASecond() {
        NumberReader reader = new NumberReader();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int k = 0; k < 5000; k++) {
                reader.find(PARAGRAPH);
                reader.parseCell("1,633.94");
            }
        });
    }
}
