package cn.dangjian.transfer.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.TextKind;
import cn.dangjian.transfer.RecordIncomingLetter;
import cn.dangjian.transfer.TransferDeadlines;

/**
 * The checks on a letter from outside the platform as typed from the paper, before the member is created from it:
 * each field named in its problem. The dates must follow one another (issued, then reported, neither after today);
 * the validity is 1 to 180 days (ZJ-05); 党费已交到 lies between joining and a year after the member reported; and
 * the age written on the letter must agree with the 身份证号 — the 周岁 on the day of issue, or one more where the
 * issuer wrote the 虚岁 — so a mistyped number is caught before it becomes a member record. A letter past its
 * validity is still recorded (the receiving side may not refuse the member for it, JY-09, ZJ-05). The number is kept
 * as it fills 「第　号」. The member's own fields are checked by the member module.
 */
public final class IncomingLetterCheck {

    /** A checked letter, its texts trimmed. */
    public record Letter(String memberName, String issuer, String fromName, String letterNo, LocalDate issuedOn,
                         int validityDays, YearMonth duesPaidUpTo, LocalDate receivedOn) {
    }

    private static final int LETTER_NO_LIMIT = 30;

    private IncomingLetterCheck() {
    }

    /** The letter, or {@code null} with the problems added. */
    public static Letter check(RecordIncomingLetter in, LocalDate today, List<FieldProblem> problems) {
        int before = problems.size();
        String issuer = TextKind.SHORT_TEXT.required("issuer", "开具介绍信的党组织", in.issuer(), problems);
        String fromName = TextKind.SHORT_TEXT.optional("fromName", "原所在党组织", in.fromName(), problems);
        String letterNo = number(TextKind.SHORT_TEXT.required("letterNo", "介绍信编号", in.letterNo(), problems));
        if (letterNo != null && letterNo.codePointCount(0, letterNo.length()) > LETTER_NO_LIMIT) {
            problems.add(new FieldProblem("letterNo", "介绍信编号", "不能超过" + LETTER_NO_LIMIT + "个字"));
        }
        dates(in, today, problems);
        if (in.validityDays() == null) {
            problems.add(new FieldProblem("validityDays", "有效期（天）", "不能为空"));
        } else if (in.validityDays() < 1 || in.validityDays() > 180) {
            problems.add(new FieldProblem("validityDays", "有效期（天）", "应为1至180天"));
        }
        duesPaidUpTo(in, problems);
        age(in, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Letter(in.name() == null ? null : in.name().strip(), issuer,
                fromName == null ? issuer : fromName, letterNo, in.issuedOn(), in.validityDays(), in.duesPaidUpTo(),
                in.receivedOn());
    }

    /** The number as it fills 「第　号」: a 「第」 and a 「号」 typed around it are dropped. */
    static String number(String typed) {
        if (typed == null) {
            return null;
        }
        String n = typed.startsWith("第") ? typed.substring(1) : typed;
        n = n.endsWith("号") ? n.substring(0, n.length() - 1) : n;
        n = n.strip();
        return n.isEmpty() ? typed : n;
    }

    private static void dates(RecordIncomingLetter in, LocalDate today, List<FieldProblem> problems) {
        if (in.issuedOn() == null) {
            problems.add(new FieldProblem("issuedOn", "开具日期", "不能为空"));
        } else if (!DateKind.CALENDAR.check("issuedOn", "开具日期", in.issuedOn(), problems)) {
            return;
        } else if (in.issuedOn().isAfter(today)) {
            problems.add(new FieldProblem("issuedOn", "开具日期", "不能晚于今天"));
        }
        if (in.receivedOn() == null) {
            problems.add(new FieldProblem("receivedOn", "报到接收日期", "不能为空"));
        } else if (!DateKind.CALENDAR.check("receivedOn", "报到接收日期", in.receivedOn(), problems)) {
            return;
        } else if (in.receivedOn().isAfter(today)) {
            problems.add(new FieldProblem("receivedOn", "报到接收日期", "不能晚于今天"));
        } else if (in.issuedOn() != null && in.receivedOn().isBefore(in.issuedOn())) {
            problems.add(new FieldProblem("receivedOn", "报到接收日期", "不能早于介绍信开具日期" + in.issuedOn()));
        }
    }

    private static void duesPaidUpTo(RecordIncomingLetter in, List<FieldProblem> problems) {
        YearMonth paid = in.duesPaidUpTo();
        if (paid == null) {
            return;
        }
        if (in.joinedOn() != null && paid.isBefore(YearMonth.from(in.joinedOn()))) {
            problems.add(new FieldProblem("duesPaidUpTo", "党费已交到", "不能早于入党的" + YearMonth.from(in.joinedOn())));
        } else if (in.receivedOn() != null && paid.isAfter(YearMonth.from(in.receivedOn()).plusMonths(12))) {
            problems.add(new FieldProblem("duesPaidUpTo", "党费已交到", "不能超过报到后12个月，请核对介绍信"));
        }
    }

    private static void age(RecordIncomingLetter in, List<FieldProblem> problems) {
        if (in.age() == null) {
            problems.add(new FieldProblem("age", "年龄", "不能为空（按介绍信填写）"));
            return;
        }
        if (in.citizenId() == null || CitizenId.problemOf(in.citizenId().strip()).isPresent() || in.issuedOn() == null
                || in.issuedOn().isBefore(DateKind.CALENDAR.earliest())) {
            return; // the 身份证号 or the date is reported on its own
        }
        int years = Period.between(CitizenId.parse(in.citizenId().strip()).birthDate(), in.issuedOn()).getYears();
        if (in.age() != years && in.age() != years + 1) {
            problems.add(new FieldProblem("age", "年龄", "与身份证号不符（按身份证号，开具介绍信时为" + years + "周岁），请核对"));
        }
    }
}
