package cn.dangjian.life;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting and reading a branch's yearly study plan (topics per month). */
@Service
@Transactional(readOnly = true)
public class StudyPlans {

    private final JdbcClient jdbc;
    private final OrgUnits orgs;

    StudyPlans(JdbcClient jdbc, OrgUnits orgs) {
        this.jdbc = jdbc;
        this.orgs = orgs;
    }

    public StudyPlan get(AccessScope scope, long orgId, int year) {
        scope.require(Permission.LIFE_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        Map<Integer, StudyPlan.Month> stored = new HashMap<>();
        jdbc.sql("SELECT month, topic, format FROM study_plan_item WHERE org_id = :org AND year = :year")
                .param("org", orgId).param("year", year)
                .query((rs, n) -> stored.put(rs.getInt(1), new StudyPlan.Month(rs.getInt(1), rs.getString(2), rs.getString(3))))
                .list();
        List<StudyPlan.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(stored.getOrDefault(m, new StudyPlan.Month(m, null, null)));
        }
        return new StudyPlan(org.id(), org.name(), year, months);
    }

    /** Saves the whole plan; a month left blank has no topic. */
    @Transactional
    public void save(AccessScope scope, long orgId, int year, List<StudyPlan.Month> months) {
        scope.require(Permission.LIFE_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年度", "年度不正确");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<StudyPlan.Month> typed = new ArrayList<>();
        for (StudyPlan.Month m : months) {
            if (m.month() < 1 || m.month() > 12) {
                throw new InvalidInputException("month", "月份", "应为1至12");
            }
            String topic = TextKind.TITLE.optional("months[" + (m.month() - 1) + "].topic", m.month() + "月学习主题",
                    m.topic(), problems);
            String format = TextKind.SHORT_TEXT.optional("months[" + (m.month() - 1) + "].format", m.month() + "月学习形式",
                    m.format(), problems);
            if (topic != null) {
                typed.add(new StudyPlan.Month(m.month(), topic, format));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("DELETE FROM study_plan_item WHERE org_id = :org AND year = :year")
                .param("org", orgId).param("year", year).update();
        for (StudyPlan.Month m : typed) {
            jdbc.sql("""
                            INSERT INTO study_plan_item (org_id, org_path, year, month, topic, format, updated_by)
                            VALUES (:org, :path, :year, :month, :topic, :format, :by)""")
                    .param("org", org.id()).param("path", org.path()).param("year", year).param("month", m.month())
                    .param("topic", m.topic()).param("format", m.format())
                    .param("by", scope.username()).update();
        }
    }
}
