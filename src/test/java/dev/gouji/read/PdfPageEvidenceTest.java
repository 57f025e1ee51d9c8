package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.record.Evidence;
import dev.gouji.record.FieldValue;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.SourceInfo;
import dev.gouji.store.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Evidence from a PDF cites the page its block starts on; evidence from other formats has no page. */
class PdfPageEvidenceTest {
    private final ReportExtractor extractor = new ReportExtractor();

    @Test
    void figureOnSecondPageHasEvidenceOnPageTwo() throws Exception {
        Document d = new PdfReader().read(withCoverPage(Fixtures.bytes("formats/report.pdf")), PipelineConfig.defaults().readLimits());
        assertEquals(1, d.paragraphs().get(0).page(), "the cover page's text");
        assertEquals(2, d.paragraphs().get(1).page(), "the report's title, on the second page");
        Extraction ex = extractor.extract(d);
        FieldValue total = ex.fields().get("spending.total");
        assertEquals(0, new BigDecimal("1234.56").compareTo((BigDecimal) total.value()), total.toString());
        assertEquals(2, total.evidence().page());
        assertFalse(ex.mentions().isEmpty());
        ex.mentions().forEach(m -> assertEquals(2, m.evidence().page(), m.toString()));
        String json = RecordJson.line(record(ex, "pdf"));
        assertTrue(json.contains("\"snippet\":\"2023年度部门整体支出1,234.56万元，其中：基本支出800.00万元，项\",\"page\":2"), json);
        assertEquals(Integer.valueOf(2), RecordJson.read(json).fields().get("spending.total").evidence().page(),
                "the page reads back");
    }

    @Test
    void docxEvidenceHasNoPage() throws Exception {
        Extraction ex = extractor.extract(Fixtures.read("seeds-docx/001_09338597f16afc81.docx"));
        List<Evidence> evidence = ex.mentions().stream().map(m -> m.evidence()).toList();
        assertFalse(evidence.isEmpty());
        evidence.forEach(e -> assertNull(e.page(), e.toString()));
        String json = RecordJson.line(record(ex, "docx"));
        assertFalse(json.contains("\"page\""), json);
    }

    private static ReportRecord record(Extraction ex, String format) {
        return new ReportRecord(ReportRecord.SCHEMA_VERSION, new SourceInfo("r." + format, "0", format, 1), "ok", null,
                ex.department(), ex.fiscalYear(), ex.reportKind(), ex.fields(), ex.projects(), ex.indicators(),
                ex.mentions(), List.of(), List.of());
    }

    /** The fixture report (one page, CJK font embedded) behind a cover page of ASCII text. */
    private static byte[] withCoverPage(byte[] report) throws IOException {
        try (PDDocument source = Loader.loadPDF(report); PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream cs = new PDPageContentStream(doc, cover)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(60, 500);
                cs.showText("Annual report");
                cs.endText();
            }
            doc.importPage(source.getPage(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
