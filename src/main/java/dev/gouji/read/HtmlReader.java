package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML reports (often Word's "save as web page", often GBK): block elements become paragraphs in document
 * order, {@code <table>} becomes a table with its colspan/rowspan, tables inside a cell stay nested.
 */
public final class HtmlReader implements DocumentReader {
    private static final String GB18030 = "GB18030";
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "object", "svg", "select", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "nav",
            "aside", "center", "address", "figure", "figcaption", "caption", "form", "fieldset", "hr", "body",
            "tr", "td", "th");
    private static final int MAX_SPAN = 1000;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        org.jsoup.nodes.Document html = parse(content);
        Element body = html.body();
        if (body.text().length() > limits.maxTextChars()) {
            throw ReadFailures.tooMuchText(FileKind.HTML, limits.maxTextChars());
        }
        DocumentBuilder doc = new DocumentBuilder(format());
        new Walker(doc).walk(body);
        unread(body, doc);
        Document result = doc.build();
        if (result.blocks().isEmpty()) {
            throw new ReadException(ErrorCode.EMPTY, "the HTML page has no text in its body");
        }
        return result;
    }

    /** Warnings for what the page shows but gouji does not read: images, and frames or embedded objects. */
    private static void unread(Element body, DocumentBuilder doc) {
        int images = body.select("img").size();
        if (images > 0) {
            doc.warning("image_skipped", images + (images == 1 ? " image was" : " images were")
                    + " not read (no OCR): text or figures that stand only in them, e.g. a chart, are missing");
        }
        int objects = body.select("iframe, object, embed").size();
        if (objects > 0) {
            doc.warning("object_skipped", objects + (objects == 1 ? " frame or embedded object (iframe, object,"
                    + " embed) was" : " frames or embedded objects (iframe, object, embed) were")
                    + " not read: their content is missing; open them from the page to check it");
        }
    }

    /**
     * jsoup honours a BOM or a meta charset and otherwise assumes UTF-8. GB2312 and GBK declarations are
     * read as GB18030, their superset, because pages labelled GB2312 routinely use GBK-only characters; an
     * undeclared page that is not valid UTF-8 is taken for GBK, the usual case for Chinese sites.
     */
    private static org.jsoup.nodes.Document parse(byte[] content) throws ReadException {
        try {
            org.jsoup.nodes.Document d = Jsoup.parse(new ByteArrayInputStream(content), null, "");
            String used = d.charset().name().toUpperCase(Locale.ROOT);
            boolean chineseLegacy = used.equals("GB2312") || used.equals("GBK") || used.equals("X-GBK");
            boolean badUtf8 = used.equals("UTF-8") && !hasBom(content) && !isUtf8(content);
            if (chineseLegacy || badUtf8) {
                d = Jsoup.parse(new ByteArrayInputStream(content), GB18030, "");
            }
            return d;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ErrorCode.CORRUPT, "the HTML page could not be decoded (" + e.getMessage()
                    + "); re-save it as UTF-8", e);
        }
    }

    private static boolean hasBom(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)
                || (b0 == 0xEF && b1 == 0xBB && b.length > 2 && (b[2] & 0xff) == 0xBF);
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Walks the body, gathering inline text into the current paragraph until a block boundary. */
    private static final class Walker {
        private final DocumentBuilder doc;
        private final StringBuilder text = new StringBuilder();

        Walker(DocumentBuilder doc) {
            this.doc = doc;
        }

        void walk(Element root) {
            visitChildren(root);
            flush();
        }

        private void visitChildren(Element e) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text.append(t.text());
                } else if (child instanceof Element el) {
                    visit(el);
                }
            }
        }

        private void visit(Element e) {
            String tag = e.normalName();
            if (SKIP.contains(tag)) {
                return;
            }
            if (tag.equals("table")) {
                flush();
                doc.table(table(e));
                return;
            }
            if (tag.equals("br")) {
                flush();
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush();
            }
            visitChildren(e);
            if (block) {
                flush();
            }
        }

        private void flush() {
            doc.paragraph(text.toString());
            text.setLength(0);
        }
    }

    static TableBuilder table(Element table) {
        TableBuilder tb = new TableBuilder();
        for (Element tr : rowsOf(table)) {
            tb.startRow();
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                List<TableBuilder> nested = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                cellText(cell, sb, nested);
                tb.cell(sb.toString().strip(), span(cell, "colspan"), span(cell, "rowspan"), nested);
            }
        }
        return tb;
    }

    /** The table's own rows, in order, not those of tables nested in its cells. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(r -> r.normalName().equals("tr")).forEach(rows::add);
                default -> { }
            }
        }
        return rows;
    }

    private static void cellText(Element e, StringBuilder sb, List<TableBuilder> nested) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.text());
            } else if (child instanceof Element el) {
                String tag = el.normalName();
                if (SKIP.contains(tag)) {
                    continue;
                }
                if (tag.equals("table")) {
                    nested.add(table(el));
                } else if (tag.equals("br")) {
                    sb.append('\n');
                } else {
                    boolean block = BLOCKS.contains(tag);
                    if (block && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                    cellText(el, sb, nested);
                    if (block && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                        sb.append('\n');
                    }
                }
            }
        }
    }

    private static int span(Element cell, String attr) {
        String v = cell.attr(attr).strip();
        if (v.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.replaceAll("[^0-9].*$", ""));
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
