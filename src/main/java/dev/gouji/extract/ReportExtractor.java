package dev.gouji.extract;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.fact.Fact;
import dev.gouji.fact.FactBuilder;
import dev.gouji.extract.number.Quantity;
import dev.gouji.model.Document;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Mention;
import dev.gouji.record.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs every extractor over a document and assembles the {@link Extraction}. Thread-safe. */
public final class ReportExtractor {
    private final NumberReader numbers = new NumberReader();
    private final CandidateFinder finder = new CandidateFinder(numbers);
    private final IdentityExtractor identity = new IdentityExtractor();
    private final FieldExtractor fields = new FieldExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();
    private final IndicatorExtractor indicators = new IndicatorExtractor(numbers);
    private final GradeExtractor grades = new GradeExtractor();

    public Extraction extract(Document doc) {
        Sourced<String> department = identity.department(doc);
        Sourced<Integer> year = identity.fiscalYear(doc);
        Sourced<String> kind = identity.reportKind(doc);
        List<Candidate> candidates = finder.find(doc);
        Integer fiscalYear = year == null ? null : year.value();
        List<Extraction.Assignment> assignments = new ArrayList<>();
        List<Fact> facts = FactBuilder.build(doc, candidates, fiscalYear, kind == null ? null : kind.value());
        Map<String, FieldValue> fieldValues = new java.util.TreeMap<>(
                fields.extract(facts, fiscalYear, kind == null ? null : kind.value(), assignments));
        grades.grade(doc).ifPresent(g -> fieldValues.put("grade", g));
        List<Mention> mentions = new ArrayList<>();
        List<dev.gouji.record.Change> changes = dev.gouji.fact.StatedChanges.find(doc, facts, fiscalYear,
                kind == null ? null : kind.value());
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Candidate c = f.candidate();
            Quantity q = c.quantity();
            mentions.add(new Mention(q.kind().name().toLowerCase(Locale.ROOT), q.value(), q.unit(), q.raw(),
                    c.label(), q.qualifier().name().toLowerCase(Locale.ROOT), c.evidence(), f.quantity(),
                    f.period(), f.basis().json(), f.scope(), f.code(), changes.get(i)));
        }
        return new Extraction(department, year, kind, fieldValues, projects.extract(doc, facts, fiscalYear),
                indicators.extract(doc), mentions, assignments, facts,
                dev.gouji.fact.TableBreakdowns.find(doc, facts), ScoreSheets.find(doc, facts), identity.evaluatedYears(doc),
                DisclosureStructureFinder.find(doc, kind == null ? null : kind.value(), facts),
                dev.gouji.extract.review.DisclosureReader.read(doc, facts, fiscalYear));
    }

}
