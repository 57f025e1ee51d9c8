package dev.gouji.extract.review;

import java.util.List;

/**
 * What a disclosure review reads from the words of a report, beside its figures: flaws of the text, the
 * classification codes written with their names, and the year-on-year changes stated in words. Rules reason
 * over these as they do over facts, never over the document.
 */
public record DisclosureText(List<TextFlaw> flaws, List<CodedName> codes, List<ChangeStatement> changes) {
    public static final DisclosureText NONE = new DisclosureText(List.of(), List.of(), List.of());

    public DisclosureText {
        flaws = List.copyOf(flaws);
        codes = List.copyOf(codes);
        changes = List.copyOf(changes);
    }
}
