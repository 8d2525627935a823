package cn.dangjian.config;

import java.sql.SQLException;
import java.util.Map;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/**
 * What a constraint the database refused means to a person. Two people submitting the same thing at once both
 * pass the application's checks; the database's unique constraint lets one through, and the other gets a 409 that
 * says, where the constraint tells, what already exists — never a 500.
 */
final class DatabaseConflicts {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Unique constraints (by name) that people can run into, and what to tell them. */
    private static final Map<String, String> UNIQUE = Map.ofEntries(
            Map.entry("recruitment_case_open_person", "该同志已有未结束的发展党员案例，不能重复建档，请在已有案例中继续记录"),
            Map.entry("appraisal_round_org_id_year_key", "该党组织该年度的民主评议已经登记，不能重复登记，请在已有的评议中修改"),
            Map.entry("committee_term_org_id_term_number_key", "该党组织的这一届次已经存在，届次不能重复"),
            Map.entry("committee_term_current", "该党组织已有一届尚未结束的班子，请先办理换届"),
            Map.entry("member_citizen_id_hash_key", "该身份证号的党员已在名册中，同一人不能重复登记"),
            Map.entry("unit_name_key", "同名的单位已经存在"),
            Map.entry("app_user_username_key", "该用户名已被使用"),
            Map.entry("org_unit_path_key", "组织结构刚被他人修改，请刷新后重试"),
            Map.entry("calendar_day_pkey", "该日期的安排已经存在，请刷新后修改"),
            Map.entry("appraisal_result_pkey", "同一党员在本次评议中只能登记一次"),
            Map.entry("meeting_attendance_pkey", "同一党员在本次会议中只能登记一次"),
            Map.entry("study_plan_item_pkey", "该月份的学习安排已经存在"),
            Map.entry("document_custom_template_pkey", "该党组织的此类文书模板刚被他人上传，请刷新后重试"));

    private static final String UNIQUE_DEFAULT = "该记录已经存在（可能刚被他人同时提交），请刷新后查看";

    private DatabaseConflicts() {
    }

    /** The status for a refused write: 409 when it collided with existing data, 400 when the value itself was refused. */
    static HttpStatus statusOf(DataIntegrityViolationException e) {
        String state = sqlState(e);
        return UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)
                ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    /** A Chinese sentence for the person, without table, column or driver wording. */
    static String messageOf(DataIntegrityViolationException e) {
        String state = sqlState(e);
        if (UNIQUE_VIOLATION.equals(state)) {
            String constraint = constraint(e);
            return constraint == null ? UNIQUE_DEFAULT : UNIQUE.getOrDefault(constraint, UNIQUE_DEFAULT);
        }
        if (FOREIGN_KEY_VIOLATION.equals(state)) {
            return "引用的记录不存在或刚被删除，请刷新后重试";
        }
        return "提交的内容不符合要求（超出允许的长度或取值范围），未能保存";
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                return server == null ? null : server.getConstraint();
            }
        }
        return null;
    }
}
