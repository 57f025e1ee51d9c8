package dev.gouji.across;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The departments of a set of reports: each name written in a report assigned to one department, keyed by
 * the fullest form of its name. A name joins a department when its {@link DepartmentKey} lies within that
 * department's fullest key (「夷陵区教育局（本级）」 within 「宜昌市夷陵区教育局」). A name that lies within
 * two or more departments' keys (「夷陵区教育局」 when both 宜昌市 and 荆州市 have one) is not merged into any:
 * it stays a department of its own, marked ambiguous with the candidates it could be. A name with no region
 * merges only with names with the same body and no region.
 */
public final class DepartmentKeys {
    /**
     * One department: its normalised key, the name shown for it (the fullest way a report writes it: most
     * regions, then longest), every name it was written as, and for an ambiguous name the departments it
     * could be (by the names shown for them).
     */
    public record Department(String key, String name, List<String> names, List<String> ambiguousWith) {
        public Department {
            names = List.copyOf(names);
            ambiguousWith = List.copyOf(ambiguousWith);
        }

        public boolean ambiguous() {
            return !ambiguousWith.isEmpty();
        }
    }

    private final Map<String, Department> byName = new TreeMap<>();

    private DepartmentKeys() {
    }

    public static DepartmentKeys of(Collection<String> names) {
        TreeSet<String> distinct = new TreeSet<>(names);
        Map<String, DepartmentKey> keys = new TreeMap<>();
        distinct.forEach(n -> keys.put(n, DepartmentKey.of(n)));
        // only names with the same body and lowest region can be one department: compare within such groups
        Map<String, Map<String, DepartmentKey>> groups = new TreeMap<>();
        keys.values().forEach(k -> groups.computeIfAbsent(k.body() + "|" + k.lowestRegion(), g -> new TreeMap<>())
                .putIfAbsent(k.text(), k));
        Map<String, List<DepartmentKey>> fullestByGroup = new TreeMap<>();
        groups.forEach((g, members) -> fullestByGroup.put(g, members.values().stream()
                .filter(k -> members.values().stream().noneMatch(o -> o.regions().size() > k.regions().size()
                        && !k.regions().isEmpty() && k.within(o)))
                .toList()));
        Map<String, List<String>> members = new TreeMap<>();
        Map<String, List<String>> ambiguous = new TreeMap<>();
        for (Map.Entry<String, DepartmentKey> e : keys.entrySet()) {
            DepartmentKey k = e.getValue();
            List<String> into = new ArrayList<>();
            for (DepartmentKey full : fullestByGroup.get(k.body() + "|" + k.lowestRegion())) {
                if (full.text().equals(k.text()) || !k.regions().isEmpty() && k.within(full)) {
                    into.add(full.text());
                }
            }
            if (into.size() == 1) {
                members.computeIfAbsent(into.get(0), x -> new ArrayList<>()).add(e.getKey());
            } else {
                members.computeIfAbsent(k.text(), x -> new ArrayList<>()).add(e.getKey());
                ambiguous.put(k.text(), into);
            }
        }
        Map<String, String> shown = new TreeMap<>();
        members.forEach((key, list) -> shown.put(key, list.stream().min(java.util.Comparator
                .comparingInt((String n) -> -keys.get(n).regions().size()).thenComparingInt(n -> -n.length())
                .thenComparing(java.util.Comparator.naturalOrder())).orElseThrow()));
        DepartmentKeys out = new DepartmentKeys();
        members.forEach((key, list) -> {
            Department d = new Department(key, shown.get(key), list, ambiguous.getOrDefault(key, List.of()).stream()
                    .map(k -> shown.getOrDefault(k, k)).toList());
            list.forEach(n -> out.byName.put(n, d));
        });
        return out;
    }

    /** The department a name as written belongs to. */
    public Department of(String name) {
        return byName.get(name);
    }

    /** Every department, by key. */
    public Collection<Department> all() {
        Map<String, Department> byKey = new TreeMap<>();
        byName.values().forEach(d -> byKey.put(d.key(), d));
        return byKey.values();
    }
}
