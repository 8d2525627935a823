package cn.dangjian.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.member.MemberForm;
import cn.dangjian.member.MemberKind;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.TextKind;

/**
 * The field and date-consistency rules of a member record, the same for the form, the API and every
 * Excel row. Pure: the caller supplies "today" and, for an edit that leaves the 身份证号 blank, the
 * stored number.
 */
public final class MemberRules {

    /** FZ-01 (《发展党员工作细则》第五条): applicants must be 18 or older. */
    public static final int MIN_AGE = 18;

    private MemberRules() {
    }

    /**
     * Checks the form. {@code storedCitizenId} is the current number of an edited member (null when
     * creating); the effective number is the typed one, or the stored one when left blank.
     */
    public static List<FieldProblem> check(MemberForm f, String storedCitizenId, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        TextKind.PERSON_NAME.required("name", "姓名", f.name(), problems);
        TextKind.SHORT_TEXT.optional("nativePlace", "籍贯", f.nativePlace(), problems);
        TextKind.SHORT_TEXT.optional("occupation", "职业", f.occupation(), problems);
        TextKind.SHORT_TEXT.optional("position", "职务", f.position(), problems);
        TextKind.PHONE.optional("phone", "联系电话", f.phone(), problems);
        DateKind.BIRTH.check("birthDate", "出生日期", f.birthDate(), problems);
        DateKind.PARTY_EVENT.check("appliedOn", "申请入党日期", f.appliedOn(), problems);
        DateKind.PARTY_EVENT.check("joinedOn", "入党日期", f.joinedOn(), problems);
        DateKind.PARTY_EVENT.check("confirmedOn", "转正日期", f.confirmedOn(), problems);
        String typed = f.citizenId() == null || f.citizenId().isBlank() ? null : f.citizenId().strip();
        String idText = typed != null ? typed : storedCitizenId;
        CitizenId id = null;
        if (idText == null) {
            problems.add(problem("citizenId", "身份证号", "不能为空"));
        } else {
            var idProblem = CitizenId.problemOf(idText);
            if (idProblem.isPresent()) {
                problems.add(problem("citizenId", "身份证号", idProblem.get()));
            } else {
                id = CitizenId.parse(idText);
            }
        }
        if (f.gender() == null && idText == null) {
            problems.add(problem("gender", "性别", "不能为空"));
        } else if (f.gender() != null && id != null && f.gender() != id.gender()) {
            problems.add(problem("gender", "性别", "与身份证号不符（身份证号显示为" + id.gender().label() + "）"));
        }
        if (f.ethnicity() == null) {
            problems.add(problem("ethnicity", "民族", "不能为空"));
        }
        LocalDate birth = f.birthDate() != null ? f.birthDate() : id == null ? null : id.birthDate();
        if (birth == null && idText == null) {
            problems.add(problem("birthDate", "出生日期", "不能为空"));
        } else if (f.birthDate() != null && id != null && !f.birthDate().equals(id.birthDate())) {
            problems.add(problem("birthDate", "出生日期", "与身份证号不符（身份证号显示为" + id.birthDate() + "）"));
        } else if (birth != null && birth.isAfter(today)) {
            problems.add(problem("birthDate", "出生日期", "不能晚于今天"));
        }
        checkDates(f, birth, today, problems);
        if (f.orgId() == null) {
            problems.add(problem("orgId", "所在党组织", "不能为空"));
        }
        return problems;
    }

    private static void checkDates(MemberForm f, LocalDate birth, LocalDate today, List<FieldProblem> problems) {
        LocalDate adult = birth == null ? null : birth.plusYears(MIN_AGE);
        if (f.appliedOn() != null) {
            if (f.appliedOn().isAfter(today)) {
                problems.add(problem("appliedOn", "申请入党日期", "不能晚于今天"));
            } else if (adult != null && f.appliedOn().isBefore(adult)) {
                problems.add(problem("appliedOn", "申请入党日期", "申请时未满18周岁（FZ-01，《发展党员工作细则》第五条）"));
            }
        }
        if (f.joinedOn() == null) {
            problems.add(problem("joinedOn", "入党日期", "不能为空"));
        } else {
            if (f.joinedOn().isAfter(today)) {
                problems.add(problem("joinedOn", "入党日期", "不能晚于今天"));
            } else if (adult != null && f.joinedOn().isBefore(adult)) {
                problems.add(problem("joinedOn", "入党日期", "入党时未满18周岁（FZ-01，《发展党员工作细则》第五条）"));
            }
            if (f.appliedOn() != null && f.appliedOn().isAfter(f.joinedOn())) {
                problems.add(problem("appliedOn", "申请入党日期", "不能晚于入党日期"));
            }
        }
        if (f.kind() == null) {
            problems.add(problem("kind", "人员类别", "请选择正式党员或预备党员"));
        } else if (f.kind() == MemberKind.FULL && f.confirmedOn() == null) {
            problems.add(problem("confirmedOn", "转正日期", "正式党员应填写转正日期"));
        } else if (f.kind() == MemberKind.PROBATIONARY && f.confirmedOn() != null) {
            problems.add(problem("confirmedOn", "转正日期", "预备党员不应有转正日期"));
        }
        if (f.confirmedOn() != null) {
            if (f.confirmedOn().isAfter(today)) {
                problems.add(problem("confirmedOn", "转正日期", "不能晚于今天"));
            } else if (f.joinedOn() != null && !f.confirmedOn().isAfter(f.joinedOn())) {
                problems.add(problem("confirmedOn", "转正日期", "应晚于入党日期"));
            }
        }
    }

    private static FieldProblem problem(String field, String label, String message) {
        return new FieldProblem(field, label, message);
    }
}
