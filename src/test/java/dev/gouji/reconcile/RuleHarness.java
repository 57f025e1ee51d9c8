package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one rule on its own over a small hand-written report: the html goes through the real reader and
 * extractor, then only the rule under test checks the {@link Context}, so a finding comes from that rule
 * and no other.
 */
final class RuleHarness {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Tolerance TOLERANCE = new Tolerance(PipelineConfig.defaults().tolerance());

    private RuleHarness() {
    }

    static Extraction extract(String title, String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>" + title + "</h1>" + body + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        return EXTRACTOR.extract(doc);
    }

    /** Every finding of the whole Reconciler, for what it does across rules (duplicates, severities). */
    static List<Finding> reconcile(String title, String body) throws Exception {
        return new Reconciler(PipelineConfig.defaults()).reconcile(extract(title, body));
    }

    static List<Finding> check(Rule rule, String title, String body) throws Exception {
        Extraction ex = extract(title, body);
        Integer year = ex.fiscalYear() == null ? null : ex.fiscalYear().value();
        return rule.check(new Context(ex, TOLERANCE, year));
    }

    /** The one finding, which must rest on every figure listed. */
    static Finding assertOne(List<Finding> findings, String... figures) {
        assertEquals(1, findings.size(), describe(findings).toString());
        Finding f = findings.get(0);
        for (String value : figures) {
            BigDecimal v = new BigDecimal(value);
            assertTrue(f.figures().stream().map(Figure::value).anyMatch(x -> x != null && x.compareTo(v) == 0),
                    "does not rest on " + value + ": " + describe(findings));
        }
        return f;
    }

    /**
     * At least one finding, each resting on every figure listed: for a rule whose several checks may see the
     * same fault (the Reconciler keeps one of such duplicates).
     */
    static Finding assertFound(List<Finding> findings, String... figures) {
        assertTrue(!findings.isEmpty(), "expected a finding");
        for (Finding f : findings) {
            assertOne(List.of(f), figures);
        }
        return findings.get(0);
    }

    static void assertSilent(List<Finding> findings, String what) {
        assertEquals(List.of(), describe(findings), what);
    }

    static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule() + " " + f.message() + " " + f.figures().stream().map(x -> x.label() + "=" + x.value()).toList())
                .toList();
    }

    static String table(String... rows) {
        StringBuilder b = new StringBuilder("<table border=\"1\">");
        for (String row : rows) {
            b.append("<tr>");
            Arrays.stream(row.split("\\|", -1)).forEach(c -> b.append("<td>").append(c.trim()).append("</td>"));
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }

    static String p(String text) {
        return "<p>" + text + "</p>";
    }
}
