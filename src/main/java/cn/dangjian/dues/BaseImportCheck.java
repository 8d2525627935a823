package cn.dangjian.dues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.excel.BaseLine;
import cn.dangjian.dues.internal.AssessmentWriter;
import cn.dangjian.dues.internal.MemberAccess;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Fen;
import cn.dangjian.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a payroll export for the annual 核定 (DF-17) without storing anything: each row's member
 * (by name, and 身份证号 if given), the 人员类别 (from the file, else last year's 核定), and the amount the rules
 * give (DF-01…DF-06) — or why the row cannot be imported, naming the field. A member already assessed for the
 * year with the same category and base is skipped; with a different one the row is refused, since a change within
 * the year is a reassessment with its reason, not an import (DF-17).
 */
@Component
class BaseImportCheck {

    private final DuesAssessments assessments;
    private final AssessmentWriter writer;
    private final MemberAccess access;
    private final Members members;

    BaseImportCheck(DuesAssessments assessments, AssessmentWriter writer, MemberAccess access, Members members) {
        this.assessments = assessments;
        this.writer = writer;
        this.access = access;
        this.members = members;
    }

    /** One row checked: its report line and, when it is to be imported, the assessment to write. */
    record Checked(ImportReport.Line line, AssessMember command) {
    }

    List<Checked> check(AccessScope scope, OrgUnitRef org, int year, List<BaseLine> rows) {
        List<SheetRow> sheet = assessments.sheet(scope, org.id(), year);
        Map<Long, String> roll = new HashMap<>();
        Map<Long, SheetRow> byMember = new HashMap<>();
        sheet.forEach(r -> {
            roll.put(r.memberId(), r.name());
            byMember.put(r.memberId(), r);
        });
        ImportMatching matching = new ImportMatching(members, scope, org.id(), false, roll);
        Map<Long, MemberPlacement> placed = new HashMap<>();
        access.placements(roll.keySet()).forEach(p -> placed.put(p.memberId(), p));
        Map<Long, Integer> seen = new HashMap<>();
        Map<String, Rounding> roundings = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (BaseLine row : rows) {
            if (!row.valid()) {
                out.add(error(row, String.join("；", row.problems())));
                continue;
            }
            ImportMatching.Match match = matching.find(row.name(), row.citizenId());
            if (match.problem() != null) {
                out.add(error(row, match.problem()));
                continue;
            }
            long memberId = match.memberId();
            Integer earlier = seen.putIfAbsent(memberId, row.row());
            if (earlier != null) {
                out.add(error(row, "姓名：该党员在第" + earlier + "行已出现"));
                continue;
            }
            SheetRow current = byMember.get(memberId);
            DuesCategory category = row.category() != null ? row.category()
                    : current.previous() != null ? current.previous().calculation().category() : null;
            if (category == null) {
                out.add(error(row, "人员类别：文件中未填写，且该党员上一年度没有核定记录可沿用"));
                continue;
            }
            String base = category.needsBase() ? row.base() : null;
            if (current.assessment() != null) {
                DuesCalculation now = current.assessment().calculation();
                boolean same = now.category() == category && (base == null ? now.base() == null
                        : now.base() != null && now.base().equals(Fen.parse(base)));
                out.add(same ? new Checked(new ImportReport.Line(row.row(), row.name(), ImportReport.SAME,
                        "本年度已按此核定，每月" + now.monthly() + "元", true), null)
                        : error(row, "计算基数：该党员" + year + "年度已核定（" + now.category().label() + "，每月" + now.monthly()
                        + "元）；年内调整请在该党员的党费页面按工资变动或更正办理（DF-17）"));
                continue;
            }
            AssessMember cmd = AssessMember.annual(memberId, year, category, base);
            if (category.basis() == DuesCategory.Basis.FARMER) {
                out.add(error(row, "人员类别：农民党员的月交纳额（0.2至1元）请在核定页面逐人填写（DF-06）"));
                continue;
            }
            List<FieldProblem> problems = new ArrayList<>();
            AssessmentWriter.Prepared prepared = writer.prepare(placed.get(memberId), cmd, "", problems, roundings);
            if (!problems.isEmpty()) {
                out.add(error(row, String.join("；", problems.stream().map(p -> p.label() + "：" + p.message()).toList())));
                continue;
            }
            out.add(new Checked(new ImportReport.Line(row.row(), row.name(), ImportReport.READY,
                    category.label() + "，" + prepared.calculation().explanation(), true), cmd));
        }
        return out;
    }

    private static Checked error(BaseLine row, String message) {
        return new Checked(new ImportReport.Line(row.row(), row.name() == null ? "" : row.name(), ImportReport.ERROR,
                message, false), null);
    }
}
