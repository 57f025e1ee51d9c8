package dev.gouji.extract.number;

/** How the written figure relates to the true value: 「余」「约」 approximate, 「以上」「≥」 bounds, 「=」 exact. */
public enum Qualifier { NONE, APPROXIMATE, AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN, EQUAL }
