package dev.gouji.model;

/** A paragraph of running text (a heading is a paragraph too). */
public record Paragraph(String id, NormalizedText text) implements Block {
    @Override
    public int page() {
        return text.page();
    }
}
