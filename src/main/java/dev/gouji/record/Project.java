package dev.gouji.record;

import java.math.BigDecimal;
import java.util.List;

/**
 * A named project with its money in 万元: {@code amount} as the text states it (or the budget where only a
 * table gives it), {@code actual} the fiscal year's actual spending when a table gives it, and every
 * statement of the project's money in {@code statements}, with its evidence.
 */
public record Project(String name, BigDecimal amount, BigDecimal actual, Evidence evidence, List<Statement> statements) {
    public Project {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}
