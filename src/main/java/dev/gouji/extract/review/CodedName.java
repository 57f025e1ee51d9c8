package dev.gouji.extract.review;

import dev.gouji.record.Evidence;

/**
 * A classification code written with its name: a row of a table's 科目编码 | 科目名称 columns
 * (「2010101 | 行政运行」). {@code evidence} points at the code's cell; {@code nameEvidence} at the name's.
 */
public record CodedName(String code, String name, Evidence evidence, Evidence nameEvidence) {
}
