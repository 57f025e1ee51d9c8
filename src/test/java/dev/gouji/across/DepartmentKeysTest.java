package dev.gouji.across;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Department names across reports: variants merged, different departments kept apart, ambiguity said. */
class DepartmentKeysTest {
    @Test
    void regionPrefixUnitPartAndBracketsAreVariantsOfOneDepartment() {
        List<String> names = List.of("夷陵区教育局", "宜昌市夷陵区教育局", "夷陵区教育局（本级）", "湖北省宜昌市夷陵区教育局",
                "宜昌市夷陵区教育局机关");
        DepartmentKeys keys = DepartmentKeys.of(names);
        DepartmentKeys.Department d = keys.of("夷陵区教育局");
        for (String n : names) {
            assertEquals(d, keys.of(n), n);
        }
        assertEquals("湖北省宜昌市夷陵区教育局", d.name());
        assertEquals(5, d.names().size());
        assertFalse(d.ambiguous());
    }

    @Test
    void commonAbbreviationsReadAsTheFullName() {
        DepartmentKeys keys = DepartmentKeys.of(List.of("夷陵区城市管理和综合执法局", "宜昌市夷陵区城管局",
                "夷陵区城市管理综合行政执法局", "宜昌市夷陵区人力资源和社会保障局", "夷陵区人社局"));
        assertEquals(keys.of("宜昌市夷陵区城管局"), keys.of("夷陵区城市管理和综合执法局"));
        assertEquals(keys.of("宜昌市夷陵区城管局"), keys.of("夷陵区城市管理综合行政执法局"));
        assertEquals(keys.of("宜昌市夷陵区人力资源和社会保障局"), keys.of("夷陵区人社局"));
        assertNotEquals(keys.of("夷陵区人社局"), keys.of("宜昌市夷陵区城管局"));
        assertEquals(2, keys.all().size());
    }

    @Test
    void differentDepartmentsAndLevelsStayApart() {
        DepartmentKeys keys = DepartmentKeys.of(List.of("宜昌市教育局", "宜昌市夷陵区教育局", "宜昌市西陵区教育局",
                "教育局", "宜昌市夷陵区财政局"));
        assertEquals(5, keys.all().size(), keys.all().toString());
        // a name without a region is not guessed into any of them
        assertFalse(keys.of("教育局").ambiguous());
        assertEquals(List.of("教育局"), keys.of("教育局").names());
    }

    @Test
    void aNameThatFitsTwoDepartmentsIsNotMergedAndSaysSo() {
        DepartmentKeys keys = DepartmentKeys.of(List.of("宜昌市夷陵区教育局", "荆州市夷陵区教育局", "夷陵区教育局"));
        DepartmentKeys.Department d = keys.of("夷陵区教育局");
        assertTrue(d.ambiguous());
        assertEquals(List.of("宜昌市夷陵区教育局", "荆州市夷陵区教育局"), d.ambiguousWith());
        assertEquals(List.of("夷陵区教育局"), d.names());
        assertEquals(List.of("宜昌市夷陵区教育局"), keys.of("宜昌市夷陵区教育局").names());
        assertEquals(3, keys.all().size());
    }
}
