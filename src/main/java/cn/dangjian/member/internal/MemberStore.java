package cn.dangjian.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import cn.dangjian.member.Headcount;
import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQuery;
import cn.dangjian.member.RollMember;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.member.StatusHistoryEntry;
import cn.dangjian.member.UnitHeadcount;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Degree;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.shared.Gender;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.SortOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code member} and {@code member_status_change}. */
@Repository
public class MemberStore {

    private final JdbcClient jdbc;

    MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MemberRecord> find(long id) {
        return jdbc.sql("SELECT * FROM member WHERE id = :id").param("id", id).query(MemberStore::record).optional();
    }

    public Optional<MemberRecord> findByCitizenHash(String hash) {
        return jdbc.sql("SELECT * FROM member WHERE citizen_id_hash = :hash").param("hash", hash)
                .query(MemberStore::record).optional();
    }

    /** The SQL WHERE clause and parameters for a scoped, filtered member list. */
    public Filter filter(AccessScope scope, MemberQuery q, String withinPath, String citizenHash, LocalDate today) {
        AccessScope.Clause clause = scope.memberClause("m.id", "m.org_id", "m.org_path");
        StringBuilder where = new StringBuilder(" WHERE ").append(clause.sql());
        Map<String, Object> params = new HashMap<>(clause.params());
        if (withinPath != null && q.includesSubtree()) {
            where.append(" AND m.org_path LIKE :within");
            params.put("within", withinPath + "%");
        } else if (withinPath != null) {
            where.append(" AND m.org_id = :ownOrg");
            params.put("ownOrg", q.orgId());
        }
        if (citizenHash != null) {
            where.append(" AND m.citizen_id_hash = :hash");
            params.put("hash", citizenHash);
        } else if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND m.name LIKE :name");
            params.put("name", "%" + escapeLike(q.text().strip()) + "%");
        }
        if (q.status() == null) {
            where.append(" AND m.status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')");
        } else {
            where.append(" AND m.status = :status");
            params.put("status", q.status().name());
        }
        if (q.kind() != null) {
            where.append(" AND m.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.gender() != null) {
            where.append(" AND m.gender = :gender");
            params.put("gender", q.gender().name());
        }
        if (q.education() != null) {
            where.append(" AND m.education = :education");
            params.put("education", q.education().name());
        }
        if (q.ageBand() != null) {
            // age in [min, max] ⇔ birth date in (today - (max+1) years, today - min years]
            where.append(" AND m.birth_date > :bornAfter AND m.birth_date <= :bornBy");
            params.put("bornAfter", today.minusYears(q.ageBand().maxAge() + 1L));
            params.put("bornBy", today.minusYears(q.ageBand().minAge()));
        }
        if (q.joinedFrom() != null) {
            where.append(" AND m.joined_on >= :joinedFrom");
            params.put("joinedFrom", LocalDate.of(q.joinedFrom(), 1, 1));
        }
        if (q.joinedTo() != null) {
            where.append(" AND m.joined_on < :joinedTo");
            params.put("joinedTo", LocalDate.of(q.joinedTo() + 1, 1, 1));
        }
        return new Filter(where.toString(), params);
    }

    public long count(Filter filter) {
        return jdbc.sql("SELECT count(*) FROM member m" + filter.where()).params(filter.params())
                .query(Long.class).single();
    }

    /** The columns the member list may be sorted by (the whitelist: nothing else reaches the SQL). */
    private static final Map<String, String> SORTABLE = Map.of("name", "m.name", "gender", "m.gender",
            "birthDate", "m.birth_date", "education", "m.education", "joinedOn", "m.joined_on", "kind", "m.kind",
            "status", "m.status", "org", "m.org_path");

    public List<MemberRecord> page(Filter filter, PageRequest page, SortOrder sort) {
        return jdbc.sql("SELECT m.* FROM member m" + filter.where()
                        + SortOrder.orderBy(sort, SORTABLE, "m.id", "m.org_path, m.id") + " LIMIT :limit OFFSET :offset")
                .params(filter.params()).param("limit", page.size()).param("offset", page.offset())
                .query(MemberStore::record).list();
    }

    /** Streams every matching row in roster order (for exports), without holding them all in memory. */
    public void stream(Filter filter, Consumer<MemberRecord> sink) {
        jdbc.sql("SELECT m.* FROM member m" + filter.where() + " ORDER BY m.org_path, m.id")
                .params(filter.params()).withFetchSize(1000)
                .query(MemberStore::record).stream().forEach(sink);
    }

    public long insert(MemberRecord m) {
        return jdbc.sql("""
                        INSERT INTO member (name, gender, ethnicity, birth_date, citizen_id_enc, citizen_id_hash,
                            native_place, education, degree, occupation, unit_id, position, phone_enc, applied_on,
                            joined_on, confirmed_on, kind, status, org_id, org_path, party_group_id, leading_cadre,
                            mobile, lost_contact, lost_contact_since)
                        VALUES (:name, :gender, :ethnicity, :birth, :idEnc, :idHash, :nativePlace, :education, :degree,
                            :occupation, :unit, :position, :phoneEnc, :applied, :joined, :confirmed, :kind, :status,
                            :org, :orgPath, :group, :cadre, :mobile, :lost, :lostSince)
                        RETURNING id""")
                .params(params(m)).query(Long.class).single();
    }

    public boolean update(MemberRecord m) {
        return jdbc.sql("""
                        UPDATE member SET name = :name, gender = :gender, ethnicity = :ethnicity, birth_date = :birth,
                            citizen_id_enc = :idEnc, citizen_id_hash = :idHash, native_place = :nativePlace,
                            education = :education, degree = :degree, occupation = :occupation, unit_id = :unit,
                            position = :position, phone_enc = :phoneEnc, applied_on = :applied, joined_on = :joined,
                            confirmed_on = :confirmed, kind = :kind, status = :status, org_id = :org,
                            org_path = :orgPath, party_group_id = :group, leading_cadre = :cadre, mobile = :mobile,
                            lost_contact = :lost, lost_contact_since = :lostSince, version = version + 1,
                            updated_at = now()
                        WHERE id = :id AND version = :version""")
                .params(params(m)).update() == 1;
    }

    /**
     * Moves the member to another organization if it is still held by {@code fromOrgId} at {@code version}; the
     * party group belonged to the old branch and is cleared, and so is the 流动 mark (the relationship now is where
     * the member is).
     */
    public boolean moveTo(long id, long fromOrgId, long orgId, String orgPath, int version) {
        return jdbc.sql("""
                        UPDATE member SET org_id = :org, org_path = :path, party_group_id = NULL, mobile = false,
                            version = version + 1, updated_at = now()
                        WHERE id = :id AND org_id = :from AND version = :version""")
                .param("org", orgId).param("path", orgPath).param("id", id).param("from", fromOrgId)
                .param("version", version).update() == 1;
    }

    public void insertStatusChange(long memberId, StatusChangeType type, LocalDate on, String reason,
                                   String before, String after, String actor) {
        jdbc.sql("""
                        INSERT INTO member_status_change (member_id, change_type, effective_on, reason, before_state,
                            after_state, recorded_by)
                        VALUES (:member, :type, :on, :reason, :before, :after, :actor)""")
                .param("member", memberId).param("type", type.name()).param("on", on).param("reason", reason)
                .param("before", before).param("after", after).param("actor", actor).update();
    }

    public List<StatusHistoryEntry> history(long memberId) {
        return jdbc.sql("""
                        SELECT * FROM member_status_change WHERE member_id = :member
                        ORDER BY effective_on DESC, id DESC""")
                .param("member", memberId)
                .query((rs, n) -> new StatusHistoryEntry(rs.getLong("id"),
                        StatusChangeType.valueOf(rs.getString("change_type")),
                        rs.getObject("effective_on", LocalDate.class), rs.getString("reason"),
                        rs.getString("before_state"), rs.getString("after_state"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** Rewrites the organization path of the members (and of the head-count rollup) under a moved subtree. */
    public int rewriteOrgPaths(String oldPath, String newPath) {
        int members = 0;
        for (String table : new String[] {"member", "member_headcount"}) {
            int rows = jdbc.sql("UPDATE " + table + " SET org_path = :newPath || substr(org_path, :oldLength + 1)"
                            + " WHERE org_path LIKE :oldPrefix")
                    .param("newPath", newPath).param("oldLength", oldPath.length()).param("oldPrefix", oldPath + "%")
                    .update();
            members = table.equals("member") ? rows : members;
        }
        return members;
    }

    public List<RosterEntry> roster(long orgId) {
        return jdbc.sql("""
                        SELECT id, name, kind, status, party_group_id, leading_cadre FROM member
                        WHERE org_id = :org AND status IN ('NORMAL', 'PARTY_PROBATION')
                        ORDER BY convert_to(name, 'UTF8'), id""")
                .param("org", orgId)
                .query((rs, n) -> new RosterEntry(rs.getLong("id"), rs.getString("name"),
                        MemberKind.valueOf(rs.getString("kind")), MembershipStatus.valueOf(rs.getString("status")),
                        nullableLong(rs, "party_group_id"), rs.getBoolean("leading_cadre")))
                .list();
    }

    /** {@link #roster} of many organizations in one statement, with each member's standing. */
    public List<RollMember> rolls(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, org_id, name, kind, status, leading_cadre, mobile, lost_contact, lost_contact_since,
                               joined_on
                        FROM member
                        WHERE org_id = ANY(:orgs) AND status IN ('NORMAL', 'PARTY_PROBATION')
                        ORDER BY org_id, convert_to(name, 'UTF8'), id""")
                .param("orgs", orgIds.toArray(new Long[0]))
                .query((rs, n) -> new RollMember(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"),
                        MemberKind.valueOf(rs.getString("kind")), MembershipStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("leading_cadre"), rs.getBoolean("mobile"), rs.getBoolean("lost_contact"),
                        rs.getObject("lost_contact_since", LocalDate.class), rs.getObject("joined_on", LocalDate.class)))
                .list();
    }

    public long currentMembersOf(long orgId) {
        return jdbc.sql("SELECT count(*) FROM member WHERE org_id = :org AND status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')")
                .param("org", orgId).query(Long.class).single();
    }

    /** Which of these blind indexes already exist, with the organization path of their member. */
    public Map<String, Existing> existing(Collection<String> hashes) {
        Map<String, Existing> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        // one array parameter, not thousands of placeholders to parse and plan
        jdbc.sql("SELECT citizen_id_hash, id, org_id, org_path FROM member WHERE citizen_id_hash = ANY(:hashes)")
                .param("hashes", hashes.toArray(new String[0]))
                .query((rs, n) -> found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getLong(3), rs.getString(4))))
                .list();
        return found;
    }

    /**
     * Current-roll head count of the subtree at {@code path}, by kind, grouped by the direct child the
     * member's organization lies under — read from the trigger-maintained {@code member_headcount}
     * rollup (one row per organization, not per member).
     */
    public Headcount headcount(long orgId, String path) {
        List<Headcount.Child> children = new ArrayList<>();
        long[] own = new long[2];
        long[] total = new long[2];
        jdbc.sql("""
                        SELECT split_part(substr(org_path, :length + 1), '/', 1) AS child,
                               sum(full_count) AS full_members, sum(probationary_count) AS probationary
                        FROM member_headcount
                        WHERE org_path LIKE :prefix
                        GROUP BY 1
                        HAVING sum(full_count) + sum(probationary_count) > 0""")
                .param("length", path.length()).param("prefix", path + "%")
                .query((rs, n) -> {
                    String child = rs.getString("child");
                    long full = rs.getLong("full_members");
                    long probationary = rs.getLong("probationary");
                    total[0] += full;
                    total[1] += probationary;
                    if (child.isEmpty()) {
                        own[0] = full;
                        own[1] = probationary;
                    } else {
                        children.add(new Headcount.Child(Long.parseLong(child), full, probationary));
                    }
                    return child;
                }).list();
        return new Headcount(orgId, total[0], total[1], own[0], own[1], children);
    }

    /**
     * {@link #headcount} for many organizations in one statement: each organization's subtree is the byte range
     * {@code [path, path-without-its-last-slash || '0')} of {@code org_path}, an index range on the rollup.
     */
    public Map<Long, Headcount> headcounts(Collection<OrgPath> orgs) {
        Map<Long, Headcount> counts = new HashMap<>();
        if (orgs.isEmpty()) {
            return counts;
        }
        Map<Long, long[]> own = new HashMap<>();
        Map<Long, long[]> total = new HashMap<>();
        Map<Long, List<Headcount.Child>> children = new HashMap<>();
        jdbc.sql("""
                        SELECT o.id, split_part(substr(h.org_path, length(o.path) + 1), '/', 1) AS child,
                               sum(h.full_count) AS full_members, sum(h.probationary_count) AS probationary
                        FROM unnest(CAST(:ids AS bigint[]), CAST(:paths AS text[])) AS o (id, path)
                        JOIN member_headcount h
                          ON h.org_path ~>=~ o.path AND h.org_path ~<~ (left(o.path, -1) || '0')
                        GROUP BY 1, 2
                        HAVING sum(h.full_count) + sum(h.probationary_count) > 0""")
                .param("ids", orgs.stream().map(OrgPath::id).toArray(Long[]::new))
                .param("paths", orgs.stream().map(OrgPath::path).toArray(String[]::new))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String child = rs.getString("child");
                    long full = rs.getLong("full_members");
                    long probationary = rs.getLong("probationary");
                    long[] sum = total.computeIfAbsent(id, k -> new long[2]);
                    sum[0] += full;
                    sum[1] += probationary;
                    if (child.isEmpty()) {
                        own.put(id, new long[] {full, probationary});
                    } else {
                        children.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new Headcount.Child(Long.parseLong(child), full, probationary));
                    }
                    return id;
                }).list();
        for (OrgPath org : orgs) {
            long[] sum = total.getOrDefault(org.id(), new long[2]);
            long[] mine = own.getOrDefault(org.id(), new long[2]);
            counts.put(org.id(), new Headcount(org.id(), sum[0], sum[1], mine[0], mine[1],
                    children.getOrDefault(org.id(), List.of())));
        }
        return counts;
    }

    /** The units (of members on the current roll) whose members each organization in {@code orgIds} holds. */
    public Map<Long, Set<Long>> unitsHeldBy(Collection<Long> orgIds) {
        Map<Long, Set<Long>> units = new HashMap<>();
        if (orgIds.isEmpty()) {
            return units;
        }
        jdbc.sql("""
                        SELECT DISTINCT org_id, unit_id FROM member
                        WHERE org_id = ANY(:orgs) AND status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')
                          AND unit_id IS NOT NULL""")
                .param("orgs", orgIds.toArray(new Long[0]))
                .query((rs, n) -> units.computeIfAbsent(rs.getLong("org_id"), k -> new TreeSet<>())
                        .add(rs.getLong("unit_id")))
                .list();
        return units;
    }

    /** Members on the current roll working in each unit of {@code unitIds}, per organization holding them. */
    public Map<Long, UnitHeadcount> unitHeadcounts(Collection<Long> unitIds) {
        Map<Long, List<UnitHeadcount.Holder>> holders = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                            SELECT unit_id, org_id, count(*) FILTER (WHERE kind = 'FULL') AS full_members,
                                   count(*) FILTER (WHERE kind = 'PROBATIONARY') AS probationary
                            FROM member
                            WHERE unit_id = ANY(:units) AND status IN ('NORMAL', 'PARTY_PROBATION', 'SUSPENDED')
                            GROUP BY unit_id, org_id ORDER BY unit_id, org_id""")
                    .param("units", unitIds.toArray(new Long[0]))
                    .query((rs, n) -> holders.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>())
                            .add(new UnitHeadcount.Holder(rs.getLong("org_id"), rs.getLong("full_members"),
                                    rs.getLong("probationary"))))
                    .list();
        }
        Map<Long, UnitHeadcount> counts = new HashMap<>();
        for (Long unit : unitIds) {
            counts.put(unit, new UnitHeadcount(unit, holders.getOrDefault(unit, List.of())));
        }
        return counts;
    }

    /** Where each member in {@code memberIds} is held, and their kind and status. */
    public List<MemberPlacement> placements(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, org_id, org_path, kind, status, name, joined_on FROM member WHERE id = ANY(:ids)")
                .param("ids", memberIds.toArray(new Long[0]))
                .query((rs, n) -> new MemberPlacement(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_path"),
                        MemberKind.valueOf(rs.getString("kind")), MembershipStatus.valueOf(rs.getString("status")),
                        rs.getString("name"), rs.getObject("joined_on", LocalDate.class)))
                .list();
    }

    /** An organization's id and materialised path. */
    public record OrgPath(long id, String path) {
    }

    public record Filter(String where, Map<String, Object> params) {
    }

    public record Existing(long memberId, long orgId, String orgPath) {
    }

    private static Map<String, Object> params(MemberRecord m) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", m.id());
        p.put("version", m.version());
        p.put("name", m.name());
        p.put("gender", m.gender().name());
        p.put("ethnicity", m.ethnicity().name());
        p.put("birth", m.birthDate());
        p.put("idEnc", m.citizenIdEnc());
        p.put("idHash", m.citizenIdHash());
        p.put("nativePlace", m.nativePlace());
        p.put("education", m.education() == null ? null : m.education().name());
        p.put("degree", m.degree() == null ? null : m.degree().name());
        p.put("occupation", m.occupation());
        p.put("unit", m.unitId());
        p.put("position", m.position());
        p.put("phoneEnc", m.phoneEnc());
        p.put("applied", m.appliedOn());
        p.put("joined", m.joinedOn());
        p.put("confirmed", m.confirmedOn());
        p.put("kind", m.kind().name());
        p.put("status", m.status().name());
        p.put("org", m.orgId());
        p.put("orgPath", m.orgPath());
        p.put("group", m.partyGroupId());
        p.put("cadre", m.leadingCadre());
        p.put("mobile", m.mobile());
        p.put("lost", m.lostContact());
        p.put("lostSince", m.lostContactSince());
        return p;
    }

    static MemberRecord record(ResultSet rs, int n) throws SQLException {
        return new MemberRecord(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                Ethnicity.valueOf(rs.getString("ethnicity")), rs.getObject("birth_date", LocalDate.class),
                rs.getBytes("citizen_id_enc"), rs.getString("citizen_id_hash"), rs.getString("native_place"),
                enumOrNull(EducationLevel.class, rs.getString("education")),
                enumOrNull(Degree.class, rs.getString("degree")), rs.getString("occupation"),
                nullableLong(rs, "unit_id"), rs.getString("position"), rs.getBytes("phone_enc"),
                rs.getObject("applied_on", LocalDate.class), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("confirmed_on", LocalDate.class), MemberKind.valueOf(rs.getString("kind")),
                MembershipStatus.valueOf(rs.getString("status")), rs.getLong("org_id"), rs.getString("org_path"),
                nullableLong(rs, "party_group_id"), rs.getBoolean("leading_cadre"), rs.getBoolean("mobile"),
                rs.getBoolean("lost_contact"), rs.getObject("lost_contact_since", LocalDate.class),
                rs.getInt("version"));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
