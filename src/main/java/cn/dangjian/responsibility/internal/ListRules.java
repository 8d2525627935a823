package cn.dangjian.responsibility.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.responsibility.DutyDraft;
import cn.dangjian.responsibility.DutyView;
import cn.dangjian.responsibility.IssueList;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.TextKind;

/**
 * What a 责任清单 must be to be issued: a title, a year this one or next ({@code today} null: a revision keeps its
 * year), at least one duty, and each duty with its level, post, text, basis and cycle — every problem named by
 * its row and field, so that the form keeps what was typed.
 */
public final class ListRules {

    public static final int MAX_DUTIES = 80;

    private ListRules() {
    }

    /** The cleaned title and duties. */
    public record Checked(String title, List<DutyDraft> duties) {
    }

    public static List<DutyDraft> template() {
        return DutyTemplate.duties();
    }

    public static Checked check(IssueList cmd, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = TextKind.TITLE.required("title", "清单名称", cmd.title(), problems);
        if (today != null && (cmd.year() < today.getYear() || cmd.year() > today.getYear() + 1)) {
            problems.add(new FieldProblem("year", "年度", "应为今年或明年"));
        }
        if (cmd.duties().isEmpty()) {
            problems.add(new FieldProblem("duties", "职责", "请至少填写一项"));
        } else if (cmd.duties().size() > MAX_DUTIES) {
            problems.add(new FieldProblem("duties", "职责", "一份清单最多" + MAX_DUTIES + "项"));
        }
        List<DutyDraft> duties = new ArrayList<>();
        for (int i = 0; i < cmd.duties().size(); i++) {
            DutyDraft d = cmd.duties().get(i);
            String row = "duties[" + i + "].";
            String label = "第" + (i + 1) + "项";
            if (d.level() == null) {
                problems.add(new FieldProblem(row + "level", label + "层级", "请选择"));
            }
            if (d.post() == null) {
                problems.add(new FieldProblem(row + "post", label + "责任主体", "请选择"));
            }
            if (d.cycle() == null) {
                problems.add(new FieldProblem(row + "cycle", label + "周期", "请选择"));
            }
            String text = TextKind.TITLE.required(row + "text", label + "职责内容", d.text(), problems);
            String basis = TextKind.SHORT_TEXT.required(row + "basis", label + "依据", d.basis(), problems);
            duties.add(new DutyDraft(d.id(), d.level(), d.post(), text, basis, d.cycle(), d.evidence()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(title, duties);
    }

    /** A statement may be made only on a duty no record evidences: the records speak for the others. */
    public static String statement(DutyView duty, String statement) {
        if (duty.evidence() != null) {
            throw new InvalidInputException("statement", "落实情况说明",
                    "该职责由平台" + duty.evidence().label() + "自动反映，无需说明");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = TextKind.LONG_TEXT.required("statement", "落实情况说明", statement, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }
}
