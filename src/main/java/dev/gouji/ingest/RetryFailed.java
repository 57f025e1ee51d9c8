package dev.gouji.ingest;

import dev.gouji.read.ErrorCode;
import dev.gouji.record.RecordStatus;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which files whose last record failed a run reads again instead of taking the failure from the catalog
 * ({@code --retry-failed[=CODE,...]}): none (the default: a failure is the file's record), all, or those whose
 * error code is listed. A timeout or a worker out of memory can pass on another machine or with more heap;
 * an encrypted file will not, which is why the codes can be chosen.
 */
public final class RetryFailed {
    /** Every error code a record can carry, from {@link ErrorCode}. */
    public static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::code)
            .collect(Collectors.toCollection(TreeSet::new));

    private static final RetryFailed NONE = new RetryFailed(Set.of(), false);
    private static final RetryFailed ALL = new RetryFailed(Set.of(), true);

    private final Set<String> codes;
    private final boolean all;

    private RetryFailed(Set<String> codes, boolean all) {
        this.codes = codes;
        this.all = all;
    }

    public static RetryFailed none() {
        return NONE;
    }

    public static RetryFailed all() {
        return ALL;
    }

    /** Only failures with one of these codes; an unknown code is refused, naming the known ones. */
    public static RetryFailed codes(Collection<String> codes) {
        Set<String> set = new TreeSet<>();
        for (String c : codes) {
            String code = c.trim();
            if (!CODES.contains(code)) {
                throw new IllegalArgumentException("--retry-failed: unknown error code '" + code + "' (known: "
                        + String.join(", ", CODES) + ")");
            }
            set.add(code);
        }
        return new RetryFailed(Set.copyOf(set), false);
    }

    /** Whether a file stored with this status and error code is read again. */
    public boolean rereads(String status, String errorCode) {
        if (RecordStatus.OK.is(status)) {
            return false;
        }
        return all || codes.contains(errorCode);
    }

    @Override
    public String toString() {
        return all ? "all" : codes.isEmpty() ? "none" : String.join(",", codes);
    }
}
