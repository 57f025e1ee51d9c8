package dev.gouji.extract.review;

import dev.gouji.fact.Fact;
import dev.gouji.model.Document;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@link DisclosureText} of a document: its text flaws, its coded names and its stated changes. */
public final class DisclosureReader {
    private DisclosureReader() {
    }

    public static DisclosureText read(Document doc, List<Fact> facts, Integer fiscalYear) {
        List<TextSpans> spans = TextSpans.of(doc);
        List<TextFlaw> flaws = new ArrayList<>();
        Placeholders.find(spans, flaws);
        DoubledWords.find(spans, flaws);
        Brackets.find(spans, flaws);
        Punctuation.find(spans, flaws);
        FinalAccountsWording.find(spans, fiscalYear, flaws);
        List<CodedName> codes = new ArrayList<>();
        CodedNames.find(doc, codes);
        List<ChangeStatement> changes = new ArrayList<>();
        ChangeStatements.find(doc, facts, changes);
        return new DisclosureText(flaws, codes, changes);
    }
}
