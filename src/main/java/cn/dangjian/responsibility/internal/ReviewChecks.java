package cn.dangjian.responsibility.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.duty.RecordInspection;
import cn.dangjian.responsibility.AssessReview;
import cn.dangjian.responsibility.OpenRound;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.TextKind;

/** What a round, a narrative and a 评议 must be; each problem named by its field, so the form keeps what was typed. */
public final class ReviewChecks {

    private ReviewChecks() {
    }

    /**
     * A round's window: it reviews this year or last — checked before any date of that year is made — and runs
     * inside the year or up to the end of the first quarter after it; a day not given is the parameter's month's
     * first day and the year's last day.
     */
    public static LocalDate[] window(OpenRound cmd, int opensMonth, LocalDate today) {
        int year = cmd.year();
        if (year < today.getYear() - 1 || year > today.getYear()) {
            throw new InvalidInputException("year", "年度", "应为今年或上一年");
        }
        LocalDate opens = cmd.opensOn() != null ? cmd.opensOn() : LocalDate.of(year, opensMonth, 1);
        LocalDate closes = cmd.closesOn() != null ? cmd.closesOn() : LocalDate.of(year, 12, 31);
        if (opens.getYear() != year) {
            throw new InvalidInputException("opensOn", "开始日期", "应在" + year + "年内");
        }
        if (closes.isBefore(opens) || closes.isAfter(LocalDate.of(year + 1, 3, 31))) {
            throw new InvalidInputException("closesOn", "结束日期", "应不早于开始日期，且不晚于次年3月31日");
        }
        return new LocalDate[] {opens, closes};
    }

    /** The day a 述职 was made: today when not given, else between the round's opening and today. */
    public static LocalDate submittedOn(LocalDate on, ReviewStore.Round round, LocalDate today) {
        if (on == null) {
            return today;
        }
        if (on.isAfter(today) || on.isBefore(round.opensOn())) {
            throw new InvalidInputException("submittedOn", "述职日期", "应在述职评议开始日至今天之间");
        }
        return on;
    }

    public static String narrative(String narrative, boolean required) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = required ? TextKind.LONG_TEXT.required("narrative", "述职报告", narrative, problems)
                : TextKind.LONG_TEXT.optional("narrative", "述职报告", narrative, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }

    /**
     * The 评议: on or before today and not before the 述职 was submitted; a count (0 or more) for every grade of the
     * round, at least one vote; a result among the grades; each problem with its measures, owner and deadline.
     */
    public static AssessReview assessment(AssessReview cmd, ReviewStore.Round round, ReviewStore.Review review,
                                          LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (review.submittedOn() == null) {
            problems.add(new FieldProblem("reviewedOn", "评议日期", "书记尚未提交述职，不能评议"));
        } else if (cmd.reviewedOn() == null || cmd.reviewedOn().isAfter(today)
                || cmd.reviewedOn().isBefore(review.submittedOn())) {
            problems.add(new FieldProblem("reviewedOn", "评议日期", "应在述职提交日至今天之间"));
        }
        List<String> grades = round.grades();
        if (cmd.gradeCounts().size() != grades.size() || cmd.gradeCounts().stream().anyMatch(c -> c == null || c < 0)) {
            problems.add(new FieldProblem("gradeCounts", "评议票数", "请为每个等次填写0或正整数"));
        } else if (cmd.gradeCounts().stream().mapToLong(Integer::longValue).sum() == 0) {
            problems.add(new FieldProblem("gradeCounts", "评议票数", "至少应有一票"));
        } else if (cmd.gradeCounts().stream().mapToLong(Integer::longValue).sum() > 10_000) {
            problems.add(new FieldProblem("gradeCounts", "评议票数", "合计不能超过10000票"));
        }
        if (cmd.result() == null || !grades.contains(cmd.result())) {
            problems.add(new FieldProblem("result", "综合评价", "请在" + String.join("、", grades) + "中选择"));
        }
        String comments = TextKind.LONG_TEXT.optional("comments", "点评意见", cmd.comments(), problems);
        List<RecordInspection.NewItem> items = new ArrayList<>();
        for (int i = 0; i < cmd.problems().size(); i++) {
            RecordInspection.NewItem p = cmd.problems().get(i);
            String row = "problems[" + i + "].";
            String label = "第" + (i + 1) + "个问题的";
            String problem = TextKind.LONG_TEXT.required(row + "problem", label + "问题", p.problem(), problems);
            String measures = TextKind.LONG_TEXT.required(row + "measures", label + "整改要求", p.measures(), problems);
            String owner = TextKind.PERSON_NAME.required(row + "owner", label + "责任人", p.owner(), problems);
            if (p.deadline() == null || cmd.reviewedOn() != null && p.deadline().isBefore(cmd.reviewedOn())) {
                problems.add(new FieldProblem(row + "deadline", label + "整改时限", "不能为空，且不早于评议日期"));
            }
            items.add(new RecordInspection.NewItem(problem, measures, p.deadline(), owner, null, false));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AssessReview(cmd.reviewedOn(), cmd.gradeCounts(), cmd.result(), comments, items);
    }
}
