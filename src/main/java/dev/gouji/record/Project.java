package dev.gouji.record;

import java.math.BigDecimal;

/** A named project with its money in 万元: amount (budget or stated sum) and actual spending when given. */
public record Project(String name, BigDecimal amount, BigDecimal actual, Evidence evidence) {
}
