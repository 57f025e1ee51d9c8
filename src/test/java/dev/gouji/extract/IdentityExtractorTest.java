package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.read.Readers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reporting unit of a project self-evaluation is its 主管部门, not an organisation its text mentions. */
class IdentityExtractorTest {
    private static String department(String body) throws Exception {
        String html = "<html><body>" + body + "</body></html>";
        var doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "r.html", PipelineConfig.defaults().readLimits());
        return new IdentityExtractor().department(doc).value();
    }

    @Test
    void aProjectReportNamesItsUnitAsTheProjectsResponsibleDepartment() throws Exception {
        assertEquals("某市交通运输局某县分局", department("""
                <h1>2023年度农村公路养护站点运维项目支出绩效自评报告</h1>
                <p>项目主管部门：某市交通运输局某县分局</p>
                <p>县公路养护中心负责各养护站点的日常运维。</p>"""));
        assertEquals("某县文化和旅游局", department("""
                <h1>2023年度乡村文化站提升项目支出绩效自评表</h1>
                <table border="1"><tr><td>项目名称</td><td>乡村文化站提升项目</td></tr>
                <tr><td>主管部门</td><td>某县文化和旅游局</td><td>实施单位</td><td>某县文化馆</td></tr></table>"""));
    }
}
