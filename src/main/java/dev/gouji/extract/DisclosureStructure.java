package dev.gouji.extract;

import dev.gouji.record.Evidence;
import dev.gouji.record.Sourced;
import java.util.List;
import java.util.Optional;

/**
 * The structure of a 部门决算/部门预算 disclosure: which standard tables it has and where their titles stand,
 * which funds a note says the unit has none of (空表说明), which tables the table of contents lists, and the
 * years and unit names its headings state. Empty for other report kinds.
 */
public record DisclosureStructure(List<FoundTable> tables, List<FundNote> fundNotes, List<ContentsEntry> contents,
        List<Sourced<Integer>> headingYears, List<Sourced<String>> unitNames) {

    public static final DisclosureStructure NONE = new DisclosureStructure(List.of(), List.of(), List.of(), List.of(), List.of());

    /** A standard table found: its table block, its title, and whether it holds no figure other than zero. */
    public record FoundTable(StandardTable standard, String tableId, Evidence title, boolean empty) {
    }

    /** A sentence saying the unit has no funds of a kind (「本单位无政府性基金预算财政拨款收入和支出」). */
    public record FundNote(String fund, Evidence evidence) {
    }

    /** A line of the table of contents naming a standard table. */
    public record ContentsEntry(StandardTable standard, Evidence evidence) {
    }

    public DisclosureStructure {
        tables = List.copyOf(tables);
        fundNotes = List.copyOf(fundNotes);
        contents = List.copyOf(contents);
        headingYears = List.copyOf(headingYears);
        unitNames = List.copyOf(unitNames);
    }

    /** The first table found of a standard, if any. */
    public Optional<FoundTable> table(String standardId) {
        return tables.stream().filter(t -> t.standard().id().equals(standardId)).findFirst();
    }

    /** The note saying the unit has none of {@code fund}'s funds, if any. */
    public Optional<FundNote> noteFor(String fund) {
        return fund == null ? Optional.empty()
                : fundNotes.stream().filter(n -> n.fund().equals(fund)).findFirst();
    }
}
