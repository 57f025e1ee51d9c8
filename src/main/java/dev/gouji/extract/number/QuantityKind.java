package dev.gouji.extract.number;

/** What a figure measures. {@link #NUMBER} is a bare number without a unit (table cells, or "1.2亿"). */
public enum QuantityKind { AMOUNT, COUNT, PERCENT, MEASURE, SCORE, NUMBER }
