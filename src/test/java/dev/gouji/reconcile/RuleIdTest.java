package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.record.RecordStatus;
import dev.gouji.record.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleIdTest {
    @Test
    void aCheckIdHasItsFamilyAndCheck() {
        assertEquals(new RuleId("R-SUM", "basic-breakdown"), RuleId.parse("R-SUM/basic-breakdown"));
        assertEquals("R-WORDING", RuleId.familyOf("R-WORDING/doubled"));
    }

    @Test
    void aBareFamilyIdHasNoCheck() {
        assertEquals(new RuleId("R-PRICE", null), RuleId.parse("R-PRICE"));
        assertEquals("R-PRICE", RuleId.familyOf("R-PRICE"));
    }

    @Test
    void severitiesAndStatusesReadTheirRecordStrings() {
        assertEquals(Optional.of(Severity.WARNING), Severity.fromCode("warning"));
        assertEquals(Optional.empty(), Severity.fromCode("fatal"));
        assertEquals(Optional.of(RecordStatus.FAILED), RecordStatus.fromCode("failed"));
        assertEquals("ok", RecordStatus.OK.code());
    }
}
