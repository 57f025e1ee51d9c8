package dev.gouji.extract.number;

/** What a figure measures. NUMBER is a bare number without a unit (table cells). */
public enum QuantityKind { AMOUNT, COUNT, PERCENT, MEASURE, SCORE, NUMBER }
