package dev.gouji.extract;

import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import dev.gouji.record.FieldValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The evaluation grade (评价等次: 优秀, 良好, 中, 差, 合格, 不合格), from a labelled cell or a sentence. */
final class GradeExtractor {
    private static final Pattern GRADE = Pattern.compile("^(优秀|良好|中等|优|良|中|较差|差|合格|不合格)$");
    private static final Pattern IN_TEXT = Pattern.compile("(?:评价等次|评价等级|自评等次|自评等级|等次|等级)(?:为|是|:|：)\\s*[“\"]?(优秀|良好|中等|优|良|中|较差|差|不合格|合格)");

    Optional<FieldValue> grade(Document doc) {
        for (Table t : doc.tables()) {
            for (List<Cell> row : t.rows()) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    String label = row.get(i).normalized().replace(" ", "");
                    if (label.endsWith("等次") || label.endsWith("等级")) {
                        Cell v = row.get(i + 1);
                        String s = v.normalized().replace(" ", "");
                        if (GRADE.matcher(s).matches()) {
                            return Optional.of(new FieldValue(s, null, v.normalized(), label,
                                    Evidences.ofCell(v.id(), v.text()), List.of()));
                        }
                    }
                }
            }
        }
        for (Paragraph p : doc.paragraphs()) {
            Matcher m = IN_TEXT.matcher(p.text().normalized());
            if (m.find()) {
                return Optional.of(new FieldValue(m.group(1), null, m.group(1), "评价等次",
                        Evidences.of(p.id(), p.text(), m.start(1), m.end(1)), List.of()));
            }
        }
        return Optional.empty();
    }
}
