package dev.gouji.fact;

import java.util.Locale;

/**
 * What a figure states about its quantity: a budget at the start of the year, the year's (adjusted) budget,
 * what was actually spent or received, a target, what was achieved, a rate, or something else (a change, a
 * difference). Two figures contradict each other only on the same basis.
 */
public enum Basis {
    BUDGET_INITIAL, BUDGET, ACTUAL, TARGET, ACHIEVED, RATE, OTHER;

    /** The name used in the output (mentions' {@code basis}). */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isBudget() {
        return this == BUDGET_INITIAL || this == BUDGET;
    }
}
