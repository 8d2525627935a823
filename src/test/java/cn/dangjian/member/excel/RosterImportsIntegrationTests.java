package cn.dangjian.member.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dangjian.member.ImportMode;
import cn.dangjian.member.ImportProblem;
import cn.dangjian.member.ImportState;
import cn.dangjian.member.ImportStatus;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.Members;
import cn.dangjian.member.RosterImports;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.Permission;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RosterImportsIntegrationTests {

    @Autowired
    RosterImports imports;
    @Autowired
    Members members;
    @Autowired
    OrgUnits orgs;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    private final AccessScope system = AccessScope.system();

    @Test
    void badRowsAreReportedPerCellAndNothingIsWrittenUntilConfirmed() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        String org = name(t.a1());
        String good = RosterFiles.newCitizenId();
        String valid = RosterFiles.newCitizenId();
        String wrongCheck = flipCheckDigit(RosterFiles.newCitizenId());
        List<Object> futureJoin = RosterFiles.row("赵四", RosterFiles.newCitizenId(), org);
        futureJoin.set(RosterColumns.JOINED_ON.ordinal(), LocalDate.now().plusYears(1).toString());
        futureJoin.set(RosterColumns.CONFIRMED_ON.ordinal(), "");
        futureJoin.set(RosterColumns.KIND.ordinal(), "预备党员");
        List<Object> slashDates = RosterFiles.row("钱五", valid, org);
        slashDates.set(RosterColumns.APPLIED_ON.ordinal(), "2004/3/1");
        slashDates.set(RosterColumns.JOINED_ON.ordinal(), "2005.7.1");
        slashDates.set(RosterColumns.CONFIRMED_ON.ordinal(), "20060701");
        byte[] file = RosterFiles.workbook(List.of(RosterFiles.row("张三", good, org),
                RosterFiles.row("孙六", wrongCheck, org), futureJoin, slashDates));
        long before = countIn(t.a1());

        ImportStatus status = validated(a1, file);

        assertThat(status.state()).isEqualTo(ImportState.VALIDATED);
        assertThat(status.totalRows()).isEqualTo(4);
        assertThat(status.validRows()).isEqualTo(2);
        assertThat(status.invalidRows()).isEqualTo(2);
        List<ImportProblem> problems = imports.problems(a1, status.id(), PageRequest.of(1, 50)).items();
        assertThat(problems).extracting(ImportProblem::describe)
                .containsExactly("第3行 身份证号：校验位错误", "第4行 入党日期：不能晚于今天");
        assertThat(countIn(t.a1())).isEqualTo(before);

        assertThatThrownBy(() -> imports.confirm(a1, status.id(), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(ConflictException.class).hasMessageContaining("有2行错误");
        ImportStatus done = confirmed(a1, status, ImportMode.VALID_ROWS_ONLY);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.insertedRows()).isEqualTo(2);
        assertThat(done.updatedRows()).isZero();
        assertThat(countIn(t.a1())).isEqualTo(before + 2);
        assertThat(members.list(a1, new MemberQuery(t.a1(), "钱五", null, null, null, null, null, null, null),
                PageRequest.of(1, 10)).items()).hasSize(1)
                .allSatisfy(m -> assertThat(m.joinedOn()).isEqualTo(LocalDate.of(2005, 7, 1)));
        assertThat(members.list(a1, new MemberQuery(t.a1(), "孙六", null, null, null, null, null, null, null),
                PageRequest.of(1, 10)).items()).isEmpty();
    }

    @Test
    void whatChangedBetweenCheckAndConfirmAbortsAnAllOrNothingImportAndIsSkippedOtherwise() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        String org = name(t.a1());
        String takenMeanwhile = RosterFiles.newCitizenId();
        byte[] file = RosterFiles.workbook(List.of(RosterFiles.row("冯九", RosterFiles.newCitizenId(), org),
                RosterFiles.row("陈十", takenMeanwhile, org)));
        ImportStatus checked = validated(a1, file);
        ImportStatus checkedAgain = validated(a1, file);
        assertThat(checked.invalidRows()).isZero();
        // meanwhile someone registers the second person in sibling branch A2
        var form = TestTree.member("陈十", t.a2(), cn.dangjian.member.MemberKind.FULL);
        members.create(AccessScope.system(), new cn.dangjian.member.MemberForm(form.name(), null, form.ethnicity(),
                null, takenMeanwhile, null, null, null, null, null, null, null, null, form.joinedOn(),
                form.confirmedOn(), form.kind(), t.a2(), null, false, false, false));
        long before = countIn(t.a1());

        imports.confirm(a1, checked.id(), ImportMode.ALL_OR_NOTHING);
        ImportStatus all = RosterFiles.awaitSettled(imports, a1, checked.id());
        assertThat(all.state()).isEqualTo(ImportState.FAILED);
        assertThat(all.message()).contains("第3行").contains("未写入任何数据");
        assertThat(countIn(t.a1())).isEqualTo(before);

        ImportStatus valid = confirmed(a1, checkedAgain, ImportMode.VALID_ROWS_ONLY);
        assertThat(valid.state()).isEqualTo(ImportState.DONE);
        assertThat(valid.insertedRows()).isEqualTo(1);
        assertThat(countIn(t.a1())).isEqualTo(before + 1);
    }

    @Test
    void reImportingTheSameFileUpdatesInsteadOfDuplicating() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        String org = name(t.a1());
        byte[] file = RosterFiles.workbook(List.of(RosterFiles.row("周七", RosterFiles.newCitizenId(), org),
                RosterFiles.row("吴八", RosterFiles.newCitizenId(), org)));

        ImportStatus first = confirmed(a1, validated(a1, file), ImportMode.ALL_OR_NOTHING);
        long afterFirst = countIn(t.a1());
        ImportStatus second = confirmed(a1, validated(a1, file), ImportMode.ALL_OR_NOTHING);

        assertThat(first.insertedRows()).isEqualTo(2);
        assertThat(second.state()).isEqualTo(ImportState.DONE);
        assertThat(second.insertedRows()).isZero();
        assertThat(second.updatedRows()).isEqualTo(2);
        assertThat(countIn(t.a1())).isEqualTo(afterFirst);
    }

    @Test
    void duplicatesWithinTheFileAreReportedAgainstTheFirstRow() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        String id = RosterFiles.newCitizenId();
        byte[] file = RosterFiles.workbook(List.of(RosterFiles.row("郑九", id, name(t.a1())),
                RosterFiles.row("郑九", id, name(t.a1()))));

        ImportStatus status = validated(a1, file);

        assertThat(imports.problems(a1, status.id(), PageRequest.of(1, 10)).items())
                .extracting(ImportProblem::describe).containsExactly("第3行 身份证号：与第2行重复");
    }

    @Test
    void realExcelDateCellsAndCodesAreUnderstood() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        List<Object> row = RosterFiles.row("褚十五", RosterFiles.newCitizenId(), name(t.a1()));
        row.set(RosterColumns.JOINED_ON.ordinal(), java.util.Date.from(LocalDate.of(2005, 7, 1).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        row.set(RosterColumns.ETHNICITY.ordinal(), "01");
        row.set(RosterColumns.KIND.ordinal(), "1");
        row.set(RosterColumns.LEADING_CADRE.ordinal(), "是");

        ImportStatus status = validated(a1, RosterFiles.workbook(List.of(row)));
        assertThat(status.invalidRows()).as("problems: %s",
                imports.problems(a1, status.id(), PageRequest.of(1, 20)).items()).isZero();
        confirmed(a1, status, ImportMode.ALL_OR_NOTHING);

        var view = members.list(a1, new MemberQuery(t.a1(), "褚十五", null, null, null, null, null, null, null),
                PageRequest.of(1, 1)).items().get(0);
        assertThat(view.joinedOn()).isEqualTo(LocalDate.of(2005, 7, 1));
        assertThat(members.get(a1, view.id()).leadingCadre()).isTrue();
    }

    @Test
    void aBranchScopeCannotImportIntoOrExportASiblingBranch() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1());
        String a2MemberId = members.get(system, t.memberA2()).citizenId();
        byte[] file = RosterFiles.workbook(List.of(
                RosterFiles.row("冯十", RosterFiles.newCitizenId(), name(t.a1())),
                RosterFiles.row("陈十一", RosterFiles.newCitizenId(), name(t.a2())),
                RosterFiles.row("李二改名", a2MemberId, name(t.a1()))));
        long a2Before = countIn(t.a2());

        ImportStatus status = validated(a1, file);

        assertThat(imports.problems(a1, status.id(), PageRequest.of(1, 10)).items())
                .extracting(ImportProblem::describe).containsExactly("第3行 所在党组织：不在您的管理范围内",
                        "第4行 身份证号：该党员的组织关系在您管理范围以外的党组织");
        confirmed(a1, status, ImportMode.VALID_ROWS_ONLY);
        assertThat(countIn(t.a2())).isEqualTo(a2Before);
        assertThat(members.get(system, t.memberA2()).orgId()).isEqualTo(t.a2());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.export(a1, MemberQuery.all(), out);
        List<String> names = RosterFiles.readAll(out.toByteArray()).stream().skip(1).map(r -> r.get(0)).toList();
        String a1Name = members.get(system, t.memberA1()).name();
        String a2Name = members.get(system, t.memberA2()).name();
        assertThat(names).contains(a1Name, "冯十").doesNotContain(a2Name, "陈十一");
        assertThatThrownBy(() -> imports.export(a1, MemberQuery.ofOrg(t.a2()), new ByteArrayOutputStream()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheUserWhoStartedAnImportMaySeeOrConfirmIt() {
        TestTree.Tree t = trees.build();
        AccessScope owner = trees.subtreeScope(t.a1());
        AccessScope colleague = new AccessScope(owner.userId() + 1, "colleague" + t.a1(), "同事", owner.level(),
                owner.anchorOrgIds(), owner.anchorPaths(), null, owner.permissions());
        ImportStatus status = validated(owner,
                RosterFiles.workbook(List.of(RosterFiles.row("褚十二", RosterFiles.newCitizenId(), name(t.a1())))));

        assertThatThrownBy(() -> imports.status(colleague, status.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.problems(colleague, status.id(), PageRequest.of(1, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.confirm(colleague, status.id(), ImportMode.VALID_ROWS_ONLY))
                .isInstanceOf(NotFoundException.class);
        assertThat(imports.status(owner, status.id()).state()).isEqualTo(ImportState.VALIDATED);
    }

    @Test
    void anExportWithFullNumbersImportsBackAsUpdates() {
        TestTree.Tree t = trees.build();
        AccessScope a = trees.subtreeScope(t.a(), Permission.MEMBER_VIEW, Permission.MEMBER_SENSITIVE,
                Permission.MEMBER_IMPORT, Permission.MEMBER_EXPORT);
        confirmed(a, validated(a, RosterFiles.workbook(List.of(
                RosterFiles.row("卫十三", RosterFiles.newCitizenId(), name(t.a1())),
                RosterFiles.row("蒋十四", RosterFiles.newCitizenId(), name(t.a2()))))), ImportMode.ALL_OR_NOTHING);
        long before = countIn(t.a1()) + countIn(t.a2());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.export(a, MemberQuery.ofOrg(t.a()), out);
        List<Map<Integer, String>> sheet = RosterFiles.readAll(out.toByteArray());
        assertThat(sheet).hasSize(5);
        assertThat(sheet.get(0).values()).containsExactlyElementsOf(RosterColumns.headers());
        ImportStatus status = validated(a, out.toByteArray());
        assertThat(status.invalidRows()).as("problems: %s",
                imports.problems(a, status.id(), PageRequest.of(1, 20)).items()).isZero();
        ImportStatus done = confirmed(a, status, ImportMode.ALL_OR_NOTHING);

        assertThat(done.updatedRows()).isEqualTo(4);
        assertThat(done.insertedRows()).isZero();
        assertThat(countIn(t.a1()) + countIn(t.a2())).isEqualTo(before);
    }

    @Test
    void aMaskedExportSaysItCannotBeReImported() {
        TestTree.Tree t = trees.build();
        AccessScope a1 = trees.subtreeScope(t.a1(), Permission.MEMBER_VIEW, Permission.MEMBER_EXPORT,
                Permission.MEMBER_IMPORT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.export(a1, MemberQuery.all(), out);
        List<Map<Integer, String>> sheet = RosterFiles.readAll(out.toByteArray());
        assertThat(sheet.get(1).get(RosterColumns.CITIZEN_ID.ordinal())).contains("********");
        assertThat(sheet.get(1).get(RosterColumns.PHONE.ordinal())).contains("****");

        ImportStatus status = validated(a1, out.toByteArray());
        assertThat(status.validRows()).isZero();
        assertThat(imports.problems(a1, status.id(), PageRequest.of(1, 10)).items())
                .extracting(ImportProblem::describe).contains("第2行 身份证号：前17位应为数字");
    }

    private ImportStatus validated(AccessScope scope, byte[] file) {
        ImportStatus started = imports.start(scope, "名册.xlsx", new ByteArrayInputStream(file));
        ImportStatus status = RosterFiles.awaitSettled(imports, scope, started.id());
        assertThat(status.state()).as(status.message()).isEqualTo(ImportState.VALIDATED);
        return status;
    }

    private ImportStatus confirmed(AccessScope scope, ImportStatus status, ImportMode mode) {
        imports.confirm(scope, status.id(), mode);
        ImportStatus done = RosterFiles.awaitSettled(imports, scope, status.id());
        assertThat(done.state()).as(done.message()).isEqualTo(ImportState.DONE);
        return done;
    }

    private long countIn(long orgId) {
        return jdbc.sql("SELECT count(*) FROM member WHERE org_id = :org").param("org", orgId).query(Long.class).single();
    }

    private String name(long orgId) {
        return orgs.ref(orgId).orElseThrow().name();
    }

    private static String flipCheckDigit(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '1' ? '2' : '1');
    }
}
