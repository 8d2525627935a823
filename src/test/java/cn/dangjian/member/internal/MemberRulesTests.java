package cn.dangjian.member.internal;

import java.time.LocalDate;
import java.util.List;

import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.Gender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date consistency of a member record (FZ-01: joined at 18 or later; FZ-21/FZ-24: confirmation after
 * joining; no dates in the future), each message naming the field. The person: born 1985-03-01
 * (身份证号 510104198503010014, male); today is 2026-11-22.
 */
class MemberRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ID = "510104198503010014";

    @ParameterizedTest(name = "[{index}] applied {0}, joined {1}, confirmed {2}, {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2003-03-01 | 2004-03-01 | 2005-03-01 | FULL         | -
            2003-02-28 | 2004-03-01 | 2005-03-01 | FULL         | 申请入党日期：申请时未满18周岁（FZ-01，《发展党员工作细则》第五条）
            2003-03-01 | 2003-03-01 | 2004-03-01 | FULL         | -
            -          | 2003-02-28 | 2004-03-01 | FULL         | 入党日期：入党时未满18周岁（FZ-01，《发展党员工作细则》第五条）
            2010-01-01 | 2009-07-01 | 2010-07-01 | FULL         | 申请入党日期：不能晚于入党日期
            -          | 2026-11-23 | -          | PROBATIONARY | 入党日期：不能晚于今天
            -          | 2026-11-22 | -          | PROBATIONARY | -
            -          | -          | -          | PROBATIONARY | 入党日期：不能为空
            -          | 2010-07-01 | -          | FULL         | 转正日期：正式党员应填写转正日期
            -          | 2010-07-01 | 2011-07-01 | PROBATIONARY | 转正日期：预备党员不应有转正日期
            -          | 2010-07-01 | 2010-07-01 | FULL         | 转正日期：应晚于入党日期
            -          | 2010-07-01 | 2010-06-30 | FULL         | 转正日期：应晚于入党日期
            -          | 2025-12-01 | 2026-12-01 | FULL         | 转正日期：不能晚于今天
            -          | 2010-07-01 | 2011-07-01 | -            | 人员类别：请选择正式党员或预备党员
            """)
    void checksTheDatesOfAMembership(LocalDate applied, LocalDate joined, LocalDate confirmed, MemberKind kind,
                                     String expected) {
        List<FieldProblem> problems = MemberRules.check(form(ID, null, null, applied, joined, confirmed, kind), null, TODAY);
        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(FieldProblem::describe).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            510104198503010014 | MALE   | 1985-03-01 | -
            510104198503010014 | FEMALE | -          | 性别：与身份证号不符（身份证号显示为男）
            510104198503010014 | -      | 1985-03-02 | 出生日期：与身份证号不符（身份证号显示为1985-03-01）
            510104198503010018 | -      | -          | 身份证号：校验位错误
            -                  | -      | -          | 身份证号：不能为空
            """)
    void crossChecksBirthDateAndGenderWithTheCitizenId(String id, Gender gender, LocalDate birth, String expected) {
        List<FieldProblem> problems = MemberRules.check(form(id, gender, birth, null, LocalDate.of(2010, 7, 1),
                LocalDate.of(2011, 7, 1), MemberKind.FULL), null, TODAY);
        List<String> messages = problems.stream().map(FieldProblem::describe).filter(m -> !m.startsWith("性别：不能为空")
                && !m.startsWith("出生日期：不能为空")).toList();
        if (expected == null) {
            assertThat(messages).isEmpty();
        } else {
            assertThat(messages).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            13800138000    | -
            028-85551234   | -
            02885551234    | -
            12800138000    | 联系电话：格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）
            1380013800     | 联系电话：格式不正确（应为11位手机号或带区号的固定电话，如010-12345678）
            """)
    void checksPhoneNumbers(String phone, String expected) {
        MemberForm f = form(ID, null, null, null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 7, 1), MemberKind.FULL);
        MemberForm withPhone = new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.citizenId(),
                f.nativePlace(), f.education(), f.degree(), f.occupation(), f.unitId(), f.position(), phone,
                f.appliedOn(), f.joinedOn(), f.confirmedOn(), f.kind(), f.orgId(), f.partyGroupId(), false, false, false);
        List<String> messages = MemberRules.check(withPhone, null, TODAY).stream().map(FieldProblem::describe).toList();
        assertThat(messages).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @org.junit.jupiter.api.Test
    void anEditMayLeaveTheCitizenIdBlankToKeepTheStoredOne() {
        MemberForm f = form(null, null, null, null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 7, 1), MemberKind.FULL);
        assertThat(MemberRules.check(f, ID, TODAY)).isEmpty();
        assertThat(MemberRules.check(f, null, TODAY)).extracting(FieldProblem::field).contains("citizenId");
    }

    private static MemberForm form(String id, Gender gender, LocalDate birth, LocalDate applied, LocalDate joined,
                                   LocalDate confirmed, MemberKind kind) {
        return new MemberForm("王建国", gender, Ethnicity.HAN, birth, id, "四川成都", EducationLevel.BACHELOR, null,
                "公务员", null, "科员", null, applied, joined, confirmed, kind, 1L, null, false, false, false);
    }
}
