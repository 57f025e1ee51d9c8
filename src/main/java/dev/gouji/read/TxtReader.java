package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;

/** Plain-text reports: decodes the charset, then rebuilds paragraphs and tables with {@link TextLayout}. */
public final class TxtReader implements DocumentReader {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        String text = TextDecoder.decode(content);
        if (text.length() > limits.maxTextChars()) {
            throw ReadFailures.tooMuchText(FileKind.TXT, limits.maxTextChars());
        }
        if (text.isBlank()) {
            throw new ReadException(ErrorCode.EMPTY, "the text file holds only whitespace");
        }
        DocumentBuilder doc = new DocumentBuilder(format());
        new TextLayout(text).emitTo(doc);
        return doc.build();
    }
}
