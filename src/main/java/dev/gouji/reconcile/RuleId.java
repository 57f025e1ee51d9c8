package dev.gouji.reconcile;

/**
 * A finding's rule id read once: its family ({@code R-SUM}) and, when it names one, the check of that family
 * ({@code basic-breakdown} in {@code R-SUM/basic-breakdown}); check is null for a bare family id.
 */
public record RuleId(String family, String check) {

    public static RuleId parse(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? new RuleId(id, null) : new RuleId(id.substring(0, slash), id.substring(slash + 1));
    }

    /** The family of a rule id: R-SUM for R-SUM/basic-breakdown and for R-SUM. */
    public static String familyOf(String id) {
        return parse(id).family();
    }
}
