package cn.dangjian.member.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import cn.dangjian.member.ImportProblem;
import cn.dangjian.member.ImportState;
import cn.dangjian.member.ImportStatus;
import cn.dangjian.member.RosterImports;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-cell limits in the roster import, with row and column in the report: a 5,000,000-character cell (beyond what
 * Excel itself writes, so crafted in the sheet's XML as an attacker would), a cell one character over its limit
 * next to one exactly at it, a name of non-breaking and zero-width spaces and a phone that is not one are reported,
 * and nothing is stored.
 */
@IntegrationTest
class RosterCellBoundsIntegrationTests {

    @Autowired
    RosterImports imports;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    @Test
    void overLongCellsInvisibleNamesAndNonPhonesAreReportedPerCellAndNotStored() throws IOException {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        String org = orgs.ref(t.a1()).orElseThrow().name();
        List<Object> huge = RosterFiles.row("张大", RosterFiles.newCitizenId(), org);
        huge.set(RosterColumns.NATIVE_PLACE.ordinal(), "HUGEPLACE");
        huge.set(RosterColumns.GENDER.ordinal(), "HUGEGENDER");
        List<Object> edge = RosterFiles.row("李小", RosterFiles.newCitizenId(), org);
        edge.set(RosterColumns.OCCUPATION.ordinal(), "BELLJOB");
        edge.set(RosterColumns.POSITION.ordinal(), "NULPOST");
        List<Object> invisible = RosterFiles.row("NBSPNAME", RosterFiles.newCitizenId(), org);
        invisible.set(RosterColumns.PHONE.ordinal(), "not-a-phone<script>");
        byte[] file = craft(RosterFiles.workbook(List.of(huge, edge, invisible)),
                "HUGEPLACE", varied(5_000_000), "HUGEGENDER", varied(200_000),
                "BELLJOB", varied(101), "NULPOST", varied(100), "NBSPNAME", "&#160;&#8203;&#160;");
        long before = count(t.a1());

        ImportStatus started = imports.start(a1, "名册.xlsx", new ByteArrayInputStream(file));
        ImportStatus status = RosterFiles.awaitSettled(imports, a1, started.id());

        assertThat(status.state()).as(status.message()).isEqualTo(ImportState.VALIDATED);
        assertThat(status.invalidRows()).isEqualTo(3);
        assertThat(imports.problems(a1, status.id(), PageRequest.of(1, 50)).items()).extracting(ImportProblem::describe)
                .containsExactly("第2行 性别：不能超过100个字", "第2行 籍贯：不能超过100个字",
                        "第3行 职业：不能超过100个字",
                        "第4行 姓名：不能为空",
                        "第4行 联系电话：格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）");
        assertThat(count(t.a1())).isEqualTo(before);
    }

    /** Text that does not compress away (POI refuses a sheet that inflates more than a hundredfold). */
    private static String varied(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('\u4e00' + random.nextInt(20_000)));
        }
        return text.toString();
    }

    /** The workbook with each placeholder in its XML replaced by raw XML text: what no spreadsheet program writes. */
    private static byte[] craft(byte[] xlsx, String... replacements) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path original = Files.createTempFile("roster", ".xlsx");
        Files.write(original, xlsx);
        try (ZipFile in = new ZipFile(original.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    for (int i = 0; i < replacements.length; i += 2) {
                        xml = xml.replace(replacements[i], replacements[i + 1]);
                    }
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } finally {
            Files.delete(original);
        }
        return out.toByteArray();
    }

    private long count(long orgId) {
        return jdbc.sql("SELECT count(*) FROM member WHERE org_id = :org").param("org", orgId).query(Long.class).single();
    }
}
