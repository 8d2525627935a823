package cn.dangjian.documents;

import java.util.Arrays;

import cn.dangjian.identity.AuditEntry;
import cn.dangjian.identity.AuditQuery;
import cn.dangjian.identity.AuditTrail;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import cn.dangjian.support.WordFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.dangjian.documents.DocumentTemplate.ATTENDANCE_SHEET;
import static cn.dangjian.documents.DocumentTemplate.MEETING_RECORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Storing an organization's own Word formats, which one is in force where, scope and the audit trail. */
@IntegrationTest
class CustomTemplatesIntegrationTests {

    @Autowired
    CustomTemplates templates;
    @Autowired
    Documents documents;
    @Autowired
    OrgUnits orgs;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestTree trees;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void theFormatInForceIsTheOwnThenTheNearestSuperiorsThenTheBuiltIn() {
        TestTree.Tree t = trees.build();
        String committee = orgs.ref(t.a()).orElseThrow().name();
        templates.upload(system, t.a(), MEETING_RECORD, "C:\\模板\\党委会议记录.docx",
                WordFiles.paragraphs("党委格式一 {{组织名称}}"));

        assertThat(templates.inForce(system, t.a(), MEETING_RECORD)).satisfies(own -> {
            assertThat(own.source()).isEqualTo(TemplateSource.OWN);
            assertThat(own.fileName()).isEqualTo("党委会议记录.docx");
            assertThat(own.uploadedBy()).isEqualTo("system");
        });
        TemplateInForce inherited = templates.inForce(system, t.a1(), MEETING_RECORD);
        assertThat(inherited.source()).isEqualTo(TemplateSource.INHERITED);
        assertThat(inherited.ownerOrgId()).isEqualTo(t.a());
        assertThat(inherited.describe()).isEqualTo("沿用上级组织“" + committee + "”的格式");
        assertThat(templates.inForce(system, t.root(), MEETING_RECORD).source()).isEqualTo(TemplateSource.BUILT_IN);
        assertThat(templates.inForce(system, t.a1())).filteredOn(f -> f.kind() == ATTENDANCE_SHEET)
                .singleElement().extracting(TemplateInForce::source).isEqualTo(TemplateSource.BUILT_IN);
        assertThat(WordFiles.text(templates.file(system, t.a2(), MEETING_RECORD).content())).contains("党委格式一");

        templates.upload(system, t.a(), MEETING_RECORD, "新版.docx", WordFiles.paragraphs("党委格式二 {{组织名称}}"));
        assertThat(templates.inForce(system, t.a1(), MEETING_RECORD).fileName()).isEqualTo("新版.docx");
        String generated = WordFiles.text(documents.docxFor(MEETING_RECORD, orgs.ref(t.a1()).orElseThrow().path(),
                java.util.Map.of("组织名称", "第一支部")));
        assertThat(generated).contains("党委格式二 第一支部").doesNotContain("党委格式一");
    }

    @Test
    void anInvalidTemplateIsRefusedNamingThePlaceholderAndTheStoredOneStays() {
        TestTree.Tree t = trees.build();
        templates.upload(system, t.a(), MEETING_RECORD, "原有.docx", WordFiles.paragraphs("原有格式 {{组织名称}}"));

        assertThatThrownBy(() -> templates.upload(system, t.a(), MEETING_RECORD, "错误.docx",
                WordFiles.paragraphs("{{组织名称}}", "地点：{{会议地址}}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("模板文件：模板中有未知的占位符 {{会议地址}}")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(FieldProblem::field).containsExactly("template"));
        assertThatThrownBy(() -> templates.upload(system, t.a1(), MEETING_RECORD, "图片.docx",
                WordFiles.paragraphs("{{@会议地点}}")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{{@会议地点}}");
        byte[] tooLarge = Arrays.copyOf(WordFiles.paragraphs("{{组织名称}}"), CustomTemplates.MAX_BYTES + 1);
        assertThatThrownBy(() -> templates.upload(system, t.a1(), MEETING_RECORD, "大.docx", tooLarge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("超过2 MB的上限");
        assertThatThrownBy(() -> templates.upload(system, t.a1(), MEETING_RECORD, "空.docx", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("请选择要上传的 Word 模板");

        assertThat(templates.inForce(system, t.a(), MEETING_RECORD).fileName()).isEqualTo("原有.docx");
        assertThat(WordFiles.text(templates.file(system, t.a(), MEETING_RECORD).content())).contains("原有格式");
        assertThat(templates.inForce(system, t.a1(), MEETING_RECORD).source()).isEqualTo(TemplateSource.INHERITED);
        assertThatThrownBy(() -> templates.remove(system, t.a1(), MEETING_RECORD))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("没有上传自己的“会议记录”模板");
    }

    /** A stored template that no longer fits (say, a placeholder was renamed in a new version) says so. */
    @Test
    void aStoredTemplateThatNoLongerFitsIsReportedNotRenderedHalfway() {
        TestTree.Tree t = trees.build();
        jdbc.sql("""
                        INSERT INTO document_custom_template (org_id, kind, file_name, content, size_bytes, uploaded_by)
                        VALUES (:org, 'MEETING_RECORD', '旧版.docx', :content, 100, 'someone')""")
                .param("org", t.a()).param("content", WordFiles.paragraphs("{{旧占位符}}")).update();

        assertThatThrownBy(() -> documents.docxFor(MEETING_RECORD, orgs.ref(t.a1()).orElseThrow().path(),
                java.util.Map.of("组织名称", "第一支部")))
                .isInstanceOf(cn.dangjian.shared.ConflictException.class)
                .hasMessageContaining("自定义“会议记录”模板")
                .hasMessageContaining("{{旧占位符}}")
                .hasMessageContaining("重新上传或删除");
    }

    @Test
    void aUserScopedToABranchChangesOnlyItsBranchAndReadsNoSiblingsTemplate() {
        TestTree.Tree t = trees.build();
        templates.upload(system, t.a2(), MEETING_RECORD, "二支部.docx", WordFiles.paragraphs("二支部格式"));
        AccessScope branch = trees.subtreeScope(t.a1());
        byte[] valid = WordFiles.paragraphs("一支部格式 {{组织名称}}");

        assertThatThrownBy(() -> templates.upload(branch, t.a2(), MEETING_RECORD, "x.docx", valid))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.upload(branch, t.a(), MEETING_RECORD, "x.docx", valid))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.remove(branch, t.a2(), MEETING_RECORD)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.inForce(branch, t.a2())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.file(branch, t.a2(), MEETING_RECORD)).isInstanceOf(NotFoundException.class);
        AccessScope viewer = trees.subtreeScope(t.a1(), Permission.ORG_VIEW);
        assertThatThrownBy(() -> templates.upload(viewer, t.a1(), MEETING_RECORD, "x.docx", valid))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("维护党组织");

        templates.upload(branch, t.a1(), MEETING_RECORD, "一支部.docx", valid);
        assertThat(templates.inForce(viewer, t.a1(), MEETING_RECORD).source()).isEqualTo(TemplateSource.OWN);
        assertThat(WordFiles.text(templates.file(system, t.a2(), MEETING_RECORD).content())).contains("二支部格式");
    }

    @Test
    void uploadAndRemovalAreWrittenToTheAuditTrail() {
        TestTree.Tree t = trees.build();
        AccessScope committee = trees.subtreeScope(t.a());
        templates.upload(committee, t.a1(), MEETING_RECORD, "支部.docx", WordFiles.paragraphs("{{组织名称}}"));
        templates.remove(committee, t.a1(), MEETING_RECORD);

        var entries = audit.search(system, new AuditQuery(null, "文书模板", String.valueOf(t.a1()), null, null),
                PageRequest.of(1, 10)).items();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("删除", "上传");
        assertThat(entries).extracting(AuditEntry::actor).containsOnly(committee.username());
        FieldChange uploaded = entries.get(1).changes().get(0);
        assertThat(uploaded.field()).isEqualTo("会议记录模板");
        assertThat(uploaded.oldValue()).startsWith("无");
        assertThat(uploaded.newValue()).startsWith("支部.docx（").endsWith(" KB）");
        assertThat(entries.get(0).changes().get(0).oldValue()).isEqualTo("支部.docx");
    }
}
