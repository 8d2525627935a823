package cn.dangjian.recruitment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.recruitment.CaseStep;
import cn.dangjian.recruitment.RuleVersion;
import cn.dangjian.recruitment.Stage;
import cn.dangjian.recruitment.StepKind;
import cn.dangjian.recruitment.StepResult;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.SortOrder;
import cn.dangjian.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for recruitment cases and their append-only steps. */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case row as stored; personal fields still encrypted. */
    public record StoredCase(long id, long orgId, String orgPath, long approvingOrgId, String name, Gender gender,
                             Ethnicity ethnicity, LocalDate birthDate, byte[] citizenIdEnc, EducationLevel education,
                             Long unitId, String position, byte[] phoneEnc, RuleVersion ruleVersion, Stage stage,
                             LocalDate appliedOn, boolean transferredIn, Long memberId, LocalDate closedOn,
                             String closedReason, StepKind nextStep, LocalDate nextDue, StepKind dueStep, int version) {
    }

    /** Filter for lists, already turned into bound predicates by the facade. */
    /**
     * Filter for lists: the caller's scope as bound SQL, an optional subtree, a stage (open cases when null), a
     * name, overdue cases, and cases whose next step is for the approving 党委 {@code approvingOrgId}.
     */
    public record Filter(AccessScope.Clause scope, String subtreePrefix, Stage stage, String name,
                         LocalDate overdueBefore, List<String> awaitingKinds, Long approvingOrgId,
                         LocalDate appliedFrom, LocalDate appliedTo) {
    }

    /** The columns the case list may be sorted by (the whitelist: nothing else reaches the SQL). */
    private static final Map<String, String> SORTABLE = Map.of("name", "convert_to(c.name, 'UTF8')",
            "org", "c.org_path", "stage", "c.stage", "appliedOn", "c.applied_on", "nextDue", "c.next_due");

    /**
     * Inserts a case; {@code citizenIdHash} is the person's blind index, on which a unique index allows one open
     * case per person (a concurrent second insert fails with a duplicate key).
     */
    public long insert(StoredCase c, String citizenIdHash, String openedBy) {
        return jdbc.sql("""
                        INSERT INTO recruitment_case (org_id, org_path, approving_org_id, name, gender, ethnicity, birth_date,
                            citizen_id_enc, citizen_id_hash, education, unit_id, position, phone_enc, rule_version, stage,
                            applied_on, opened_by)
                        VALUES (:org, :path, :approving, :name, :gender, :ethnicity, :birth, :cid, :hash, :education, :unit,
                            :position, :phone, :version, :stage, :applied, :by)
                        RETURNING id""")
                .param("org", c.orgId()).param("path", c.orgPath()).param("approving", c.approvingOrgId())
                .param("name", c.name())
                .param("gender", c.gender().name()).param("ethnicity", c.ethnicity().name())
                .param("birth", c.birthDate()).param("cid", c.citizenIdEnc()).param("hash", citizenIdHash)
                .param("education", c.education() == null ? null : c.education().name())
                .param("unit", c.unitId()).param("position", c.position()).param("phone", c.phoneEnc())
                .param("version", c.ruleVersion().name()).param("stage", c.stage().name())
                .param("applied", c.appliedOn()).param("by", openedBy)
                .query(Long.class).single();
    }

    public Optional<StoredCase> find(long id) {
        return jdbc.sql("SELECT * FROM recruitment_case WHERE id = :id").param("id", id)
                .query(CaseStore::storedCase).optional();
    }

    /** Locks the case row for the step being recorded, so two steps cannot race past the same check. */
    public Optional<StoredCase> lock(long id) {
        return jdbc.sql("SELECT * FROM recruitment_case WHERE id = :id FOR UPDATE").param("id", id)
                .query(CaseStore::storedCase).optional();
    }

    /** Keeps the derived columns (stage, what is due next) in step with the recorded steps. */
    public void updateState(long id, Stage stage, StepKind nextStep, LocalDate nextDue, StepKind dueStep,
                            Long memberId, LocalDate closedOn, String closedReason) {
        jdbc.sql("""
                        UPDATE recruitment_case SET stage = :stage, next_step = :next, next_due = :due,
                            due_step = :dueStep,
                            member_id = coalesce(:member, member_id), closed_on = :closedOn, closed_reason = :reason,
                            version = version + 1
                        WHERE id = :id""")
                .param("id", id).param("stage", stage.name()).param("next", nextStep == null ? null : nextStep.name())
                .param("due", nextDue).param("dueStep", dueStep == null ? null : dueStep.name()).param("member", memberId).param("closedOn", closedOn)
                .param("reason", closedReason).update();
    }

    /** The organizations below a path that have cases, for recomputing their approving 党委 after a move. */
    public List<Long> orgsUnder(String pathPrefix) {
        return jdbc.sql("SELECT DISTINCT org_id FROM recruitment_case WHERE org_path LIKE :p || '%'").param("p", pathPrefix)
                .query(Long.class).list();
    }

    public void updateApprovingOrg(long orgId, long approvingOrgId) {
        jdbc.sql("UPDATE recruitment_case SET approving_org_id = :a WHERE org_id = :org").param("org", orgId)
                .param("a", approvingOrgId).update();
    }

    /** The open case that admitted this member, if any. */
    public Optional<StoredCase> openOfMember(long memberId) {
        return jdbc.sql("SELECT * FROM recruitment_case WHERE member_id = :m AND stage NOT IN ('FULL', 'CLOSED')")
                .param("m", memberId).query(CaseStore::storedCase).optional();
    }

    /** Hands a case over to another organization (FZ-07, FZ-25): the training or probation keeps counting. */
    public void transfer(long id, long orgId, String orgPath, long approvingOrgId) {
        jdbc.sql("""
                        UPDATE recruitment_case SET org_id = :org, org_path = :path, approving_org_id = :approving,
                            transferred_in = true, version = version + 1
                        WHERE id = :id""")
                .param("id", id).param("org", orgId).param("path", orgPath).param("approving", approvingOrgId).update();
    }

    /** Rewrites the stored paths of cases below a moved organization. */
    public int rewritePaths(String oldPrefix, String newPrefix) {
        return jdbc.sql("""
                        UPDATE recruitment_case SET org_path = :newPrefix || substr(org_path, length(:oldPrefix) + 1)
                        WHERE org_path LIKE :oldPrefix || '%'""")
                .param("oldPrefix", oldPrefix).param("newPrefix", newPrefix).update();
    }

    public long insertStep(long caseId, CaseStep s) {
        return jdbc.sql("""
                        INSERT INTO recruitment_step (case_id, kind, on_date, until_date, member_ids, member_names,
                            other_person, days, hours, months, result, meeting_id, vote, note, justification,
                            waived_rules, recorded_by)
                        VALUES (:case, :kind, :on, :until, :ids, :names, :other, :days, :hours, :months, :result,
                            :meeting, :vote, :note, :justification, :waived, :by)
                        RETURNING id""")
                .param("case", caseId).param("kind", s.kind().name()).param("on", s.on()).param("until", s.until())
                .param("ids", s.people().stream().map(CaseStep.Person::memberId).toArray(Long[]::new))
                .param("names", s.people().stream().map(CaseStep.Person::name).toArray(String[]::new))
                .param("other", s.otherPerson()).param("days", s.days()).param("hours", s.hours())
                .param("months", s.months()).param("result", s.result() == null ? null : s.result().name())
                .param("meeting", s.meetingId()).param("vote", s.vote()).param("note", s.note())
                .param("justification", s.justification())
                .param("waived", s.waivedRules().toArray(String[]::new)).param("by", s.recordedBy())
                .query(Long.class).single();
    }

    public List<CaseStep> steps(long caseId) {
        return jdbc.sql("SELECT * FROM recruitment_step WHERE case_id = :case ORDER BY id").param("case", caseId)
                .query(CaseStore::step).list();
    }

    /** The steps of many cases, in one statement, by case id. */
    public Map<Long, List<CaseStep>> steps(Collection<Long> caseIds) {
        Map<Long, List<CaseStep>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT * FROM recruitment_step WHERE case_id = ANY(:ids) ORDER BY case_id, id")
                .param("ids", caseIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    result.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(step(rs, n));
                    return null;
                }).list();
        return result;
    }

    public List<StoredCase> page(Filter f, PageRequest page, SortOrder sort) {
        return jdbc.sql("SELECT * FROM recruitment_case c WHERE " + where(f)
                        + SortOrder.orderBy(sort, SORTABLE, "c.id",
                                "(next_due IS NULL), next_due, convert_to(name, 'UTF8'), id")
                        + " LIMIT :limit OFFSET :offset")
                .params(params(f)).param("limit", page.size()).param("offset", page.offset())
                .query(CaseStore::storedCase).list();
    }

    public long count(Filter f) {
        return jdbc.sql("SELECT count(*) FROM recruitment_case c WHERE " + where(f)).params(params(f))
                .query(Long.class).single();
    }

    /** Open cases of organizations in the subtrees, for the compliance engine and the pipeline. */
    public List<StoredCase> openOf(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM recruitment_case WHERE org_id = ANY(:ids) AND stage NOT IN ('FULL', 'CLOSED')")
                .param("ids", orgIds.toArray(Long[]::new)).query(CaseStore::storedCase).list();
    }

    /** Per organization of the subtree: open cases by stage, overdue, awaiting the approving 党委. */
    public List<StageCount> stageCounts(String pathPrefix, LocalDate today, List<String> approvalKinds) {
        return jdbc.sql("""
                        SELECT org_id, org_path, stage, count(*) AS n,
                               count(*) FILTER (WHERE next_due < :today) AS late,
                               count(*) FILTER (WHERE next_step = ANY(:kinds)) AS awaiting
                        FROM recruitment_case
                        WHERE org_path LIKE :prefix || '%' AND stage NOT IN ('FULL', 'CLOSED')
                        GROUP BY org_id, org_path, stage""")
                .param("prefix", pathPrefix).param("today", today).param("kinds", approvalKinds.toArray(String[]::new))
                .query((rs, n) -> new StageCount(rs.getLong("org_id"), rs.getString("org_path"),
                        Stage.valueOf(rs.getString("stage")), rs.getInt("n"), rs.getInt("late"), rs.getInt("awaiting")))
                .list();
    }

    public record StageCount(long orgId, String orgPath, Stage stage, int count, int overdue, int awaiting) {
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(f.scope().sql());
        if (f.subtreePrefix() != null) {
            sql.append(" AND c.org_path LIKE :subtree || '%'");
        }
        if (f.stage() != null) {
            sql.append(" AND c.stage = :stage");
        } else {
            sql.append(" AND c.stage NOT IN ('FULL', 'CLOSED')");
        }
        if (f.name() != null) {
            sql.append(" AND c.name LIKE '%' || :name || '%'");
        }
        if (f.overdueBefore() != null) {
            sql.append(" AND c.next_due < :overdueBefore");
        }
        if (f.appliedFrom() != null) {
            sql.append(" AND c.applied_on >= :appliedFrom");
        }
        if (f.appliedTo() != null) {
            sql.append(" AND c.applied_on <= :appliedTo");
        }
        if (f.awaitingKinds() != null) {
            sql.append(" AND c.next_step = ANY(:awaitingKinds) AND c.approving_org_id = :approving");
        }
        return sql.toString();
    }

    private static Map<String, Object> params(Filter f) {
        Map<String, Object> p = new HashMap<>(f.scope().params());
        if (f.subtreePrefix() != null) {
            p.put("subtree", f.subtreePrefix());
        }
        if (f.stage() != null) {
            p.put("stage", f.stage().name());
        }
        if (f.name() != null) {
            p.put("name", Texts.escapeLike(f.name()));
        }
        if (f.overdueBefore() != null) {
            p.put("overdueBefore", f.overdueBefore());
        }
        if (f.appliedFrom() != null) {
            p.put("appliedFrom", f.appliedFrom());
        }
        if (f.appliedTo() != null) {
            p.put("appliedTo", f.appliedTo());
        }
        if (f.awaitingKinds() != null) {
            p.put("awaitingKinds", f.awaitingKinds().toArray(String[]::new));
            p.put("approving", f.approvingOrgId());
        }
        return p;
    }

    private static StoredCase storedCase(ResultSet rs, int n) throws SQLException {
        String education = rs.getString("education");
        String next = rs.getString("next_step");
        return new StoredCase(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"),
                rs.getLong("approving_org_id"), rs.getString("name"),
                Gender.valueOf(rs.getString("gender")), Ethnicity.valueOf(rs.getString("ethnicity")),
                rs.getObject("birth_date", LocalDate.class), rs.getBytes("citizen_id_enc"),
                education == null ? null : EducationLevel.valueOf(education), (Long) rs.getObject("unit_id"),
                rs.getString("position"), rs.getBytes("phone_enc"), RuleVersion.valueOf(rs.getString("rule_version")),
                Stage.valueOf(rs.getString("stage")), rs.getObject("applied_on", LocalDate.class),
                rs.getBoolean("transferred_in"), (Long) rs.getObject("member_id"), rs.getObject("closed_on", LocalDate.class),
                rs.getString("closed_reason"), next == null ? null : StepKind.valueOf(next),
                rs.getObject("next_due", LocalDate.class), kind(rs.getString("due_step")), rs.getInt("version"));
    }

    private static StepKind kind(String name) {
        return name == null ? null : StepKind.valueOf(name);
    }

    private static CaseStep step(ResultSet rs, int n) throws SQLException {
        Long[] ids = (Long[]) array(rs.getArray("member_ids"));
        String[] names = (String[]) array(rs.getArray("member_names"));
        List<CaseStep.Person> people = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            people.add(new CaseStep.Person(ids[i], names[i]));
        }
        String result = rs.getString("result");
        return new CaseStep(rs.getLong("id"), StepKind.valueOf(rs.getString("kind")),
                rs.getObject("on_date", LocalDate.class), rs.getObject("until_date", LocalDate.class), people,
                rs.getString("other_person"), (Integer) rs.getObject("days"), (Integer) rs.getObject("hours"),
                (Integer) rs.getObject("months"), result == null ? null : StepResult.valueOf(result),
                (Long) rs.getObject("meeting_id"), rs.getString("vote"), rs.getString("note"),
                rs.getString("justification"), List.of((String[]) array(rs.getArray("waived_rules"))),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static Object array(Array a) throws SQLException {
        return a.getArray();
    }
}
