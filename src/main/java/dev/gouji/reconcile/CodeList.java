package dev.gouji.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The classification codes gouji can vouch for, with their names: {@code classification/codes-2024.tsv}, read
 * from a real published 2024 部门决算 template (its header says which and how much it covers). A code outside it
 * is not known to be wrong, only unchecked.
 */
final class CodeList {
    static final String RESOURCE = "classification/codes-2024.tsv";
    private static final Map<String, String> NAMES = load();
    /** 「（类）」, 「类」 markers and brackets of every width, which name variants add or drop. */
    private static final Pattern MARKERS = Pattern.compile("[（(]\\s*[类款项]\\s*[）)]|[\\s()（）\\[\\]【】]");

    private CodeList() {
    }

    static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    static int size() {
        return NAMES.size();
    }

    /**
     * Whether two names of one code clearly disagree. Like is compared with like: level markers, brackets and
     * spaces go, and a name that contains the other (「行政运行」, 「行政运行（一般行政管理事务）」; 「一般公共服务」,
     * 「一般公共服务支出」) agrees with it; beyond that, names sharing most of their characters are variants.
     */
    static boolean disagree(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.isEmpty() || y.isEmpty() || x.contains(y) || y.contains(x)) {
            return false;
        }
        int common = dev.gouji.extract.TextSimilarity.lcs(x, y);
        return common * 3 < Math.min(x.length(), y.length()) * 2;
    }

    static String plain(String name) {
        return MARKERS.matcher(dev.gouji.model.NormalizedText.normalize(name)).replaceAll("");
    }

    private static Map<String, String> load() {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = CodeList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.put(cols[0].trim(), cols[2].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
