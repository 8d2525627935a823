package cn.dangjian.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.org.CommitteePost;
import cn.dangjian.org.CommitteeView;
import cn.dangjian.org.FormApproval;
import cn.dangjian.org.NewOrgUnit;
import cn.dangjian.org.OrgType;
import cn.dangjian.org.OrgUnitNode;
import cn.dangjian.org.OrgUnitQuery;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnitSetup;
import cn.dangjian.org.OrgUnitView;
import cn.dangjian.org.TermFormation;
import cn.dangjian.org.UnitCategory;
import cn.dangjian.org.UnitOrganizations;
import cn.dangjian.org.UnitView;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code org_unit}, {@code unit} and the committee tables. */
@Repository
public class OrgUnitStore {

    private static final String NODE_COLUMNS = """
            o.id, o.parent_id, o.path, o.depth, o.type, o.name, u.name AS unit_name, o.active, o.version,
            (SELECT count(*) FROM org_unit c WHERE c.parent_id = o.id AND c.active) AS child_count
            """;

    private final JdbcClient jdbc;

    OrgUnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrgUnitRef> ref(long id) {
        return jdbc.sql("SELECT id, parent_id, path, depth, type, name, active FROM org_unit WHERE id = :id")
                .param("id", id).query(OrgUnitStore::ref).optional();
    }

    public Optional<OrgUnitRef> refForUpdate(long id) {
        return jdbc.sql("SELECT id, parent_id, path, depth, type, name, active FROM org_unit WHERE id = :id FOR UPDATE")
                .param("id", id).query(OrgUnitStore::ref).optional();
    }

    /** The organizations and their active party groups, with founding and dissolution dates — one query. */
    public List<cn.dangjian.org.OrgLifespan> lifespansWithPartyGroups(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, parent_id, type, name, established_on, dissolved_on FROM org_unit
                        WHERE id = ANY(:ids) OR (parent_id = ANY(:ids) AND type = 'PARTY_GROUP' AND active)
                        ORDER BY sort_order, id""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new cn.dangjian.org.OrgLifespan(rs.getLong("id"), (Long) rs.getObject("parent_id"),
                        OrgType.valueOf(rs.getString("type")), rs.getString("name"),
                        rs.getDate("established_on") == null ? null : rs.getDate("established_on").toLocalDate(),
                        rs.getDate("dissolved_on") == null ? null : rs.getDate("dissolved_on").toLocalDate()))
                .list();
    }

    /** The organization first, then its active children in display order — one query. */
    public List<OrgUnitRef> refWithChildren(long id) {
        return jdbc.sql("""
                        SELECT id, parent_id, path, depth, type, name, active FROM org_unit
                        WHERE id = :id OR (parent_id = :id AND active)
                        ORDER BY (id = :id) DESC, sort_order, id""")
                .param("id", id).query(OrgUnitStore::ref).list();
    }

    public List<OrgUnitRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, parent_id, path, depth, type, name, active FROM org_unit WHERE id IN (:ids)")
                .param("ids", ids).query(OrgUnitStore::ref).list();
    }

    public Optional<OrgUnitView> view(long id) {
        return jdbc.sql("""
                        SELECT o.*, p.name AS parent_name, u.name AS unit_name,
                               (SELECT count(*) FROM org_unit c WHERE c.parent_id = o.id AND c.active) AS child_count
                        FROM org_unit o
                        LEFT JOIN org_unit p ON p.id = o.parent_id
                        LEFT JOIN unit u ON u.id = o.unit_id
                        WHERE o.id = :id""")
                .param("id", id)
                .query((rs, n) -> new OrgUnitView(rs.getLong("id"), nullableLong(rs, "parent_id"),
                        rs.getString("parent_name"), rs.getString("path"), rs.getInt("depth"),
                        OrgType.valueOf(rs.getString("type")), rs.getString("name"), nullableLong(rs, "unit_id"),
                        rs.getString("unit_name"), rs.getObject("established_on", LocalDate.class),
                        rs.getObject("dissolved_on", LocalDate.class), rs.getString("dissolve_reason"),
                        rs.getBoolean("active"), rs.getInt("sort_order"), rs.getInt("version"),
                        rs.getInt("child_count"), rs.getObject("form_approved_on", LocalDate.class),
                        rs.getString("form_approval_ref"), List.of()))
                .optional();
    }

    public List<OrgUnitView.Breadcrumb> breadcrumbs(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM org_unit WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return ids.stream().map(id -> new OrgUnitView.Breadcrumb(id, names.get(id))).toList();
    }

    public List<OrgUnitNode> children(long parentId, boolean includeDissolved) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                        FROM org_unit o LEFT JOIN unit u ON u.id = o.unit_id
                        WHERE o.parent_id = :parent AND (o.active OR :dissolved)
                        ORDER BY o.sort_order, o.id""")
                .param("parent", parentId).param("dissolved", includeDissolved)
                .query(OrgUnitStore::node).list();
    }

    public List<OrgUnitNode> nodes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                        FROM org_unit o LEFT JOIN unit u ON u.id = o.unit_id
                        WHERE o.id IN (:ids) ORDER BY o.path""")
                .param("ids", ids).query(OrgUnitStore::node).list();
    }

    public List<OrgUnitNode> topLevel() {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                        FROM org_unit o LEFT JOIN unit u ON u.id = o.unit_id
                        WHERE o.parent_id IS NULL ORDER BY o.sort_order, o.id""")
                .query(OrgUnitStore::node).list();
    }

    public PageResult<OrgUnitNode> search(AccessScope scope, OrgUnitQuery query, String withinPath, PageRequest page) {
        return search(scope.structureClause("o.id", "o.path"), query, withinPath, page);
    }

    /** {@link #search} over the whole tree, for batch work with no person behind it. */
    public PageResult<OrgUnitNode> searchAll(OrgUnitQuery query, String withinPath, PageRequest page) {
        return search(new AccessScope.Clause("TRUE", Map.of()), query, withinPath, page);
    }

    private PageResult<OrgUnitNode> search(AccessScope.Clause clause, OrgUnitQuery query, String withinPath,
                                           PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE ").append(clause.sql());
        Map<String, Object> params = new HashMap<>(clause.params());
        if (!query.includeDissolved()) {
            where.append(" AND o.active");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (o.name LIKE :text OR u.name LIKE :text)");
            params.put("text", "%" + escapeLike(query.text().strip()) + "%");
        }
        if (query.type() != null) {
            where.append(" AND o.type = :type");
            params.put("type", query.type().name());
        }
        if (withinPath != null) {
            where.append(" AND o.path LIKE :within");
            params.put("within", withinPath + "%");
        }
        String from = " FROM org_unit o LEFT JOIN unit u ON u.id = o.unit_id";
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        List<OrgUnitNode> items = jdbc.sql("SELECT " + NODE_COLUMNS + from + where
                        + " ORDER BY o.path LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(OrgUnitStore::node).list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('org_unit_id_seq')").query(Long.class).single();
    }

    public void insert(long id, OrgUnitRef parent, NewOrgUnit org, String path, int depth) {
        jdbc.sql("""
                        INSERT INTO org_unit (id, parent_id, path, depth, type, name, unit_id, established_on, sort_order)
                        VALUES (:id, :parent, :path, :depth, :type, :name, :unit, :established, :sort)""")
                .param("id", id).param("parent", parent == null ? null : parent.id())
                .param("path", path).param("depth", depth).param("type", org.type().name())
                .param("name", org.name().strip()).param("unit", org.unitId())
                .param("established", org.establishedOn())
                .param("sort", org.sortOrder() == null ? 0 : org.sortOrder())
                .update();
    }

    public boolean update(long id, String name, OrgType type, Long unitId, LocalDate establishedOn, int sortOrder,
                          int version) {
        return jdbc.sql("""
                        UPDATE org_unit SET name = :name, type = :type, unit_id = :unit, established_on = :established,
                               sort_order = :sort, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("name", name).param("type", type.name()).param("unit", unitId)
                .param("established", establishedOn).param("sort", sortOrder).param("version", version)
                .update() == 1;
    }

    /** Records (or, with {@code null}, clears) the higher organization's approval of the organization's form. */
    public boolean updateFormApproval(long id, FormApproval approval, int version) {
        return jdbc.sql("""
                        UPDATE org_unit SET form_approved_on = :on, form_approval_ref = :ref,
                               version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("on", approval == null ? null : approval.approvedOn())
                .param("ref", approval == null ? null : approval.reference()).param("version", version)
                .update() == 1;
    }

    /** Rewrites the path and depth of every organization in the subtree, and re-parents its root. */
    public int moveSubtree(long id, long newParentId, String oldPath, String newPath, int depthDelta) {
        return jdbc.sql("""
                        UPDATE org_unit SET path = :newPath || substr(path, :oldLength + 1),
                               depth = depth + :delta,
                               parent_id = CASE WHEN id = :id THEN :parent ELSE parent_id END,
                               version = CASE WHEN id = :id THEN version + 1 ELSE version END,
                               updated_at = now()
                        WHERE path LIKE :oldPrefix""")
                .param("newPath", newPath).param("oldLength", oldPath.length()).param("delta", depthDelta)
                .param("id", id).param("parent", newParentId).param("oldPrefix", oldPath + "%")
                .update();
    }

    public int versionOf(long id) {
        return jdbc.sql("SELECT version FROM org_unit WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    public long activeChildren(long id) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = :id AND active").param("id", id)
                .query(Long.class).single();
    }

    public boolean dissolve(long id, LocalDate on, String reason, int version) {
        return jdbc.sql("""
                        UPDATE org_unit SET active = false, dissolved_on = :on, dissolve_reason = :reason,
                               version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version AND active""")
                .param("id", id).param("on", on).param("reason", reason).param("version", version).update() == 1;
    }

    // --- committees ---------------------------------------------------------------------------

    public List<CommitteeView> terms(long orgId) {
        List<CommitteeView> terms = jdbc.sql("""
                        SELECT id, org_id, term_number, started_on, due_end_on, ended_on, formation
                        FROM committee_term WHERE org_id = :org ORDER BY term_number DESC""")
                .param("org", orgId)
                .query((rs, n) -> new CommitteeView(rs.getLong("id"), rs.getLong("org_id"), rs.getInt("term_number"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("due_end_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class), TermFormation.valueOf(rs.getString("formation")),
                        List.of()))
                .list();
        return withPosts(terms);
    }

    public void endCurrentTerm(long orgId, LocalDate endedOn) {
        jdbc.sql("UPDATE committee_term SET ended_on = :ended WHERE org_id = :org AND ended_on IS NULL")
                .param("org", orgId).param("ended", endedOn).update();
    }

    public long insertTerm(long orgId, int number, LocalDate started, LocalDate dueEnd, TermFormation formation) {
        return jdbc.sql("""
                        INSERT INTO committee_term (org_id, term_number, started_on, due_end_on, formation)
                        VALUES (:org, :number, :started, :due, :formation) RETURNING id""")
                .param("org", orgId).param("number", number).param("started", started).param("due", dueEnd)
                .param("formation", formation.name()).query(Long.class).single();
    }

    public void insertPost(long termId, CommitteePost post, long memberId, String holderName, int sortOrder) {
        jdbc.sql("""
                        INSERT INTO committee_post (term_id, post, member_id, holder_name, sort_order)
                        VALUES (:term, :post, :member, :holder, :sort)""")
                .param("term", termId).param("post", post.name()).param("member", memberId)
                .param("holder", holderName).param("sort", sortOrder).update();
    }

    // --- batch reads for other modules (a fixed number of statements however many organizations) ----

    /** Unit, recorded covered units and active children by type of each organization in {@code ids}. */
    public List<OrgUnitSetup> setups(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(new Long[0]);
        Map<Long, Map<OrgType, Integer>> children = new HashMap<>();
        jdbc.sql("""
                        SELECT parent_id, type, count(*) AS n FROM org_unit
                        WHERE parent_id = ANY(:ids) AND active GROUP BY parent_id, type""")
                .param("ids", array)
                .query((rs, n) -> children.computeIfAbsent(rs.getLong("parent_id"), k -> new EnumMap<>(OrgType.class))
                        .put(OrgType.valueOf(rs.getString("type")), rs.getInt("n")))
                .list();
        return jdbc.sql("""
                        SELECT o.id, o.unit_id, o.form_approved_on, o.form_approval_ref,
                               ARRAY(SELECT c.unit_id FROM org_unit_covered_unit c WHERE c.org_id = o.id
                                     ORDER BY c.unit_id) AS covered
                        FROM org_unit o WHERE o.id = ANY(:ids)""")
                .param("ids", array)
                .query((rs, n) -> new OrgUnitSetup(rs.getLong("id"), nullableLong(rs, "unit_id"),
                        longs(rs.getArray("covered")), children.getOrDefault(rs.getLong("id"), Map.of()),
                        formApproval(rs)))
                .list();
    }

    /** Each unit in {@code unitIds} with its active organizations, shallowest first. */
    public List<UnitOrganizations> unitOrganizations(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitView> units = new LinkedHashMap<>();
        Map<Long, List<OrgUnitRef>> orgs = new HashMap<>();
        jdbc.sql("""
                        SELECT u.id AS unit, u.name AS unit_name, u.category, u.version AS unit_version,
                               o.id, o.parent_id, o.path, o.depth, o.type, o.name, o.active
                        FROM unit u LEFT JOIN org_unit o ON o.unit_id = u.id AND o.active
                        WHERE u.id = ANY(:ids)
                        ORDER BY u.id, o.depth, o.sort_order, o.id""")
                .param("ids", unitIds.toArray(new Long[0]))
                .query((rs, n) -> {
                    long unit = rs.getLong("unit");
                    if (!units.containsKey(unit)) {
                        units.put(unit, new UnitView(unit, rs.getString("unit_name"),
                                UnitCategory.valueOf(rs.getString("category")), rs.getInt("unit_version")));
                    }
                    List<OrgUnitRef> list = orgs.computeIfAbsent(unit, k -> new ArrayList<>());
                    if (nullableLong(rs, "id") != null) {
                        list.add(ref(rs, n));
                    }
                    return unit;
                })
                .list();
        return units.values().stream().map(u -> new UnitOrganizations(u, orgs.get(u.id()))).toList();
    }

    /** The current (not ended) term of each organization in {@code orgIds} that has one, with its posts. */
    public List<CommitteeView> currentTerms(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        List<CommitteeView> terms = jdbc.sql("""
                        SELECT id, org_id, term_number, started_on, due_end_on, ended_on, formation
                        FROM committee_term WHERE org_id = ANY(:orgs) AND ended_on IS NULL""")
                .param("orgs", orgIds.toArray(new Long[0]))
                .query((rs, n) -> new CommitteeView(rs.getLong("id"), rs.getLong("org_id"), rs.getInt("term_number"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("due_end_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class), TermFormation.valueOf(rs.getString("formation")),
                        List.of()))
                .list();
        return withPosts(terms);
    }

    private List<CommitteeView> withPosts(List<CommitteeView> terms) {
        if (terms.isEmpty()) {
            return terms;
        }
        Map<Long, List<CommitteeView.PostHolder>> posts = new HashMap<>();
        jdbc.sql("""
                        SELECT term_id, post, member_id, holder_name FROM committee_post
                        WHERE term_id = ANY(:terms) ORDER BY sort_order, id""")
                .param("terms", terms.stream().map(CommitteeView::termId).toArray(Long[]::new))
                .query((rs, n) -> posts.computeIfAbsent(rs.getLong("term_id"), k -> new ArrayList<>())
                        .add(new CommitteeView.PostHolder(CommitteePost.valueOf(rs.getString("post")),
                                rs.getLong("member_id"), rs.getString("holder_name"))))
                .list();
        return terms.stream().map(t -> new CommitteeView(t.termId(), t.orgId(), t.termNumber(), t.startedOn(),
                t.dueEndOn(), t.endedOn(), t.formation(), posts.getOrDefault(t.termId(), List.of()))).toList();
    }

    private static List<Long> longs(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).longValue());
        }
        return values;
    }

    // --- mapping ------------------------------------------------------------------------------

    private static OrgUnitRef ref(ResultSet rs, int n) throws SQLException {
        return new OrgUnitRef(rs.getLong("id"), nullableLong(rs, "parent_id"), rs.getString("path"),
                rs.getInt("depth"), OrgType.valueOf(rs.getString("type")), rs.getString("name"),
                rs.getBoolean("active"));
    }

    private static OrgUnitNode node(ResultSet rs, int n) throws SQLException {
        return new OrgUnitNode(rs.getLong("id"), nullableLong(rs, "parent_id"), rs.getString("path"),
                rs.getInt("depth"), OrgType.valueOf(rs.getString("type")), rs.getString("name"),
                rs.getString("unit_name"), rs.getBoolean("active"), rs.getInt("child_count"), rs.getInt("version"));
    }

    private static FormApproval formApproval(ResultSet rs) throws SQLException {
        LocalDate on = rs.getObject("form_approved_on", LocalDate.class);
        return on == null ? null : new FormApproval(on, rs.getString("form_approval_ref"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public List<OrgUnitRef> activeByName(String name) {
        return jdbc.sql("SELECT id, parent_id, path, depth, type, name, active FROM org_unit WHERE name = :name AND active ORDER BY path")
                .param("name", name).query(OrgUnitStore::ref).list();
    }
}
