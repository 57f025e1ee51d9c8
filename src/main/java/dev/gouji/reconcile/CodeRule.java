package dev.gouji.reconcile;

import dev.gouji.extract.review.CodedName;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-CODE: a classification code whose name contradicts it.
 * <ul>
 * <li>{@code R-CODE/name} (error): the name written beside a code the shipped list knows disagrees with the
 * list's name for it;
 * <li>{@code R-CODE/inconsistent} (warning): one code written with two names that disagree in one report;
 * <li>{@code R-CODE/unlisted} (info, one per report): codes outside the shipped list, which gouji cannot check.
 * </ul>
 */
final class CodeRule implements Rule {
    private static final int LISTED_IN_MESSAGE = 8;

    @Override
    public String family() {
        return "R-CODE";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        Map<String, CodedName> first = new LinkedHashMap<>();
        List<CodedName> unlisted = new ArrayList<>();
        for (CodedName c : ctx.extraction().review().codes()) {
            var listed = CodeList.name(c.code());
            if (listed.isPresent() && CodeList.disagree(listed.get(), c.name())) {
                out.add(new Finding("R-CODE/name", "error",
                        "科目编码" + c.code() + "的名称应为「" + listed.get() + "」，表中写作「" + c.name() + "」",
                        List.of(figure(c)), null, null, null));
            } else if (listed.isEmpty() && unlisted.stream().noneMatch(u -> u.code().equals(c.code()))) {
                unlisted.add(c);
            }
            CodedName earlier = first.putIfAbsent(c.code(), c);
            if (earlier != null && listed.isEmpty() && CodeList.disagree(earlier.name(), c.name())) {
                out.add(new Finding("R-CODE/inconsistent", "warning",
                        "科目编码" + c.code() + "在本报告中有两个名称：「" + earlier.name() + "」与「" + c.name() + "」",
                        List.of(figure(earlier), figure(c)), null, null, null));
            }
        }
        if (!unlisted.isEmpty()) {
            List<String> codes = unlisted.stream().limit(LISTED_IN_MESSAGE).map(c -> c.code() + " " + c.name()).toList();
            out.add(new Finding("R-CODE/unlisted", "info",
                    unlisted.size() + "个科目编码不在随附的编码表（" + CodeList.size() + "个编码）中，未核对名称："
                            + String.join("、", codes) + (unlisted.size() > LISTED_IN_MESSAGE ? "等" : ""),
                    List.of(figure(unlisted.get(0))), null, BigDecimal.valueOf(unlisted.size()), null));
        }
        return out;
    }

    private static Figure figure(CodedName c) {
        return Findings.figure(c.code() + " " + c.name(), null, null, c.nameEvidence());
    }
}
