package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * PDF reports through Tika's PDF parser, text sorted by position so columns and table rows come out in
 * reading order. Each non-blank line becomes a paragraph; tables are not rebuilt from PDF layout yet, so
 * a table row arrives as one line of text.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        String text = extract(content, limits);
        DocumentBuilder doc = new DocumentBuilder(format());
        for (String line : text.split("\r\n|\r|\n")) {
            doc.paragraph(line);
        }
        Document result = doc.build();
        if (result.blocks().isEmpty()) {
            throw new ReadException(ErrorCode.EMPTY,
                    "the PDF has no text layer (probably scanned pages); it needs OCR before gouji can read it");
        }
        return result;
    }

    private static String extract(byte[] content, ReadLimits limits) throws ReadException {
        PDFParserConfig config = new PDFParserConfig();
        config.setSortByPosition(true);
        config.setExtractInlineImages(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        int limit = (int) Math.min(Integer.MAX_VALUE, limits.maxTextChars());
        BodyContentHandler handler = new BodyContentHandler(limit);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            new PDFParser().parse(in, handler, new Metadata(), context);
            return handler.toString();
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw ReadFailures.tooMuchText(FileKind.PDF, limit);
            }
            throw ReadFailures.classify(FileKind.PDF, e);
        }
    }
}
