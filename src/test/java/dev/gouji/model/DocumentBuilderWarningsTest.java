package dev.gouji.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentBuilderWarningsTest {
    private static TableBuilder table(String... rows) {
        TableBuilder t = new TableBuilder();
        for (String row : rows) {
            t.startRow();
            for (String cell : row.split("\\|")) {
                t.cell(cell, 1, 1);
            }
        }
        return t;
    }

    @Test
    void warningsNameTheBlockTheyConcernOrWhereTheyStood() {
        Document doc = new DocumentBuilder("doc")
                .warnNext("image_skipped", "an image") // alone in a blank paragraph at the start
                .paragraph(" ")
                .warnNext("object_skipped", "an object")
                .paragraph("部门概况")
                .warning("footnotes_skipped", "footnotes")
                .table(table("项目|金额", "甲|1"))
                .warnNext("image_skipped", "an image in the continued table")
                .table(table("项目|金额", "乙|2")) // the header repeats: joined onto t1
                .warnNext("image_skipped", "an image")
                .paragraph("")
                .warnNext("table_flattened", "left at the end")
                .build();
        assertEquals(1, doc.tables().size());
        assertEquals(List.of(
                new ReadWarning("image_skipped", "an image (at the start of the document)", null),
                new ReadWarning("object_skipped", "an object", "p1"),
                new ReadWarning("footnotes_skipped", "footnotes", null),
                new ReadWarning("image_skipped", "an image in the continued table", "t1"),
                new ReadWarning("image_skipped", "an image (after t1)", null),
                new ReadWarning("table_flattened", "left at the end (after t1)", null)), doc.warnings());
    }

    @Test
    void aDocumentWithNothingLeftOutHasNoWarnings() {
        assertEquals(List.of(), new DocumentBuilder("txt").paragraph("正文").build().warnings());
    }
}
