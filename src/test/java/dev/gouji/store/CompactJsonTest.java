package dev.gouji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactJsonTest {
    private static String cut(String json, String field) {
        return new String(CompactJson.withoutTopLevelField(json.getBytes(StandardCharsets.UTF_8), field), StandardCharsets.UTF_8);
    }

    @Test
    void cutsTheTopLevelFieldWhereverItIs() {
        assertEquals("{\"a\":1,\"z\":[2]}", cut("{\"a\":1,\"mentions\":[{\"x\":\"]}\"},[]],\"z\":[2]}", "mentions"));
        assertEquals("{\"a\":1}", cut("{\"mentions\":{\"k\":[1,{}]},\"a\":1}", "mentions"));
        assertEquals("{\"a\":1}", cut("{\"a\":1,\"mentions\":null}", "mentions"));
        assertEquals("{}", cut("{\"mentions\":\"办公费\\\"2.5万元\"}", "mentions"));
    }

    @Test
    void leavesNestedFieldsAndLookAlikeStringsAlone() {
        String nested = "{\"fields\":{\"mentions\":[1]},\"note\":\"\\\",\\\"mentions\\\":[\",\"b\":\"部门\"}";
        assertEquals(nested, cut(nested, "mentions"));
        assertEquals("{\"mentionsCount\":3}", cut("{\"mentionsCount\":3}", "mentions"));
    }

    @Test
    void findsTheEndOfEveryKindOfValue() {
        byte[] json = "[\"a\\\\\",{\"b\":[1,\"]\"]},-2.50e3,true]".getBytes(StandardCharsets.UTF_8);
        assertEquals(6, CompactJson.endOfValue(json, 1));
        assertEquals(20, CompactJson.endOfValue(json, 7));
        assertEquals(28, CompactJson.endOfValue(json, 21));
        assertEquals(json.length - 1, CompactJson.endOfValue(json, 29));
    }
}
