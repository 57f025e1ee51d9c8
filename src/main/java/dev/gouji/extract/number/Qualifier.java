package dev.gouji.extract.number;

/** What the words around a figure say about it: approximate (余, 约) or a bound (以上, ≤). */
public enum Qualifier { NONE, APPROXIMATE, AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN, EQUAL }
