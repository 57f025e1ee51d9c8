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
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        String text = decoded.text();
        if (text.length() > limits.maxTextChars()) {
            throw ReadFailures.tooMuchText(FileKind.TXT, limits.maxTextChars());
        }
        if (text.isBlank()) {
            throw new ReadException(ErrorCode.EMPTY, "the text file holds only whitespace");
        }
        DocumentBuilder doc = new DocumentBuilder(format());
        if (decoded.cutBytes() > 0) {
            doc.warning("text_truncated", "the file ends in the middle of a character (its last " + decoded.cutBytes()
                    + (decoded.cutBytes() == 1 ? " byte" : " bytes") + " left out): it was probably cut short when copied or"
                    + " downloaded, and whatever followed is missing; get a complete copy");
        }
        new TextLayout(text).emitTo(doc);
        return doc.build();
    }
}
