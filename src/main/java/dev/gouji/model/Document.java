package dev.gouji.model;

import java.util.List;
import java.util.Optional;

/** A report as read from one file: its blocks in reading order, and what the reader could not read fully. */
public record Document(String format, List<Block> blocks, List<ReadWarning> warnings) {
    public Document {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public Document(String format, List<Block> blocks) {
        this(format, blocks, List.of());
    }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The normalised text of paragraph {@code id}; empty when the id names no paragraph (a table cell). */
    public String paragraphText(String id) {
        return block(id).map(b -> b instanceof Paragraph p ? p.text().normalized() : "").orElse("");
    }
}
