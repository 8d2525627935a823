package cn.dangjian.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking and which part of the organization tree they may see: built once per request by the
 * identity module and passed explicitly to every scoped facade method, which turns it into bound SQL
 * predicates with {@link #orgClause} and {@link #memberClause}.
 * <p>
 * Scope answers two questions (docs/decisions/0004-record-level-visibility.md): <em>which organizations</em>
 * and <em>which records of them</em>. A 仅本人 ({@link ScopeLevel#SELF}) scope sees its own organization's name
 * and place in the tree ({@link #coversOrgStructure}) but none of the organization's records: {@link #coversOrg}
 * and {@link #orgClause} are closed to it, so a method that only checks the organization refuses a self-only
 * caller by default. The record kinds that are the caller's own (their member record, the meetings they were
 * expected at, their talks, their appraisal result) open to it explicitly through {@link #ownRecordsOnly}.
 *
 * @param anchorOrgIds the organizations the scope is anchored at (their own org, or the custom list)
 * @param anchorPaths  the materialised paths of those organizations ({@code /1/4/9/})
 * @param memberId     the caller's own member record, if they are a member (used by {@link ScopeLevel#SELF})
 */
public record AccessScope(long userId, String username, String displayName, ScopeLevel level,
                          List<Long> anchorOrgIds, List<String> anchorPaths, Long memberId,
                          Set<Permission> permissions) {

    public AccessScope {
        anchorOrgIds = List.copyOf(anchorOrgIds);
        anchorPaths = List.copyOf(anchorPaths);
        permissions = Set.copyOf(permissions);
    }

    /** The scope of the platform itself (start-up jobs, demo data): everything, every permission. */
    public static AccessScope system() {
        return new AccessScope(0, "system", "系统", ScopeLevel.ALL, List.of(), List.of(), null,
                Set.of(Permission.values()));
    }

    /** Whether this is {@link #system()}: the platform itself, not a person. */
    public boolean isSystem() {
        return userId == 0 && "system".equals(username) && level == ScopeLevel.ALL;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** Throws {@link ForbiddenException} unless the caller's role carries {@code permission}. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new ForbiddenException("您没有“" + permission.label() + "”的权限");
        }
    }

    /**
     * Whether the caller sees only records that are their own (a 仅本人 account): no organization's records,
     * not even their own branch's.
     */
    public boolean ownRecordsOnly() {
        return level == ScopeLevel.SELF;
    }

    /**
     * Whether the records of the organization with this id and path (its roster, meetings, talks, appraisals,
     * documents, findings…) lie inside the scope. Never for a 仅本人 scope.
     */
    public boolean coversOrg(long orgId, String path) {
        return switch (level) {
            case ALL -> true;
            case SUBTREE, CUSTOM -> anchorPaths.stream().anyMatch(path::startsWith);
            case ORG_ONLY -> anchorOrgIds.contains(orgId);
            case SELF -> false;
        };
    }

    /**
     * Whether the organization itself may be shown (its name, type, place in the tree and committee): everything
     * {@link #coversOrg} covers, and for a 仅本人 scope the caller's own organization.
     */
    public boolean coversOrgStructure(long orgId, String path) {
        return level == ScopeLevel.SELF ? anchorOrgIds.contains(orgId) : coversOrg(orgId, path);
    }

    /** Whether a member record (with its organization) lies inside the scope. */
    public boolean coversMember(long id, long orgId, String orgPath) {
        if (level == ScopeLevel.SELF) {
            return memberId != null && memberId == id;
        }
        return coversOrg(orgId, orgPath);
    }

    /**
     * An SQL predicate over rows of organizations' records, matching {@link #coversOrg} (never true for a 仅本人
     * scope); column names are code constants, values are bound.
     */
    public Clause orgClause(String idColumn, String pathColumn) {
        return switch (level) {
            case ALL -> new Clause("TRUE", Map.of());
            case SUBTREE, CUSTOM -> pathClause(pathColumn);
            case ORG_ONLY -> idsClause(idColumn);
            case SELF -> new Clause("FALSE", Map.of());
        };
    }

    /** An SQL predicate over the organization table itself, matching {@link #coversOrgStructure}. */
    public Clause structureClause(String idColumn, String pathColumn) {
        return level == ScopeLevel.SELF ? idsClause(idColumn) : orgClause(idColumn, pathColumn);
    }

    /** An SQL predicate over a table of member rows that carry their organization's id and path. */
    public Clause memberClause(String memberIdColumn, String orgIdColumn, String orgPathColumn) {
        if (level == ScopeLevel.SELF) {
            return memberId == null ? new Clause("FALSE", Map.of())
                    : new Clause(memberIdColumn + " = :scope_member", Map.of("scope_member", memberId));
        }
        return orgClause(orgIdColumn, orgPathColumn);
    }

    private Clause pathClause(String column) {
        if (anchorPaths.isEmpty()) {
            return new Clause("FALSE", Map.of());
        }
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < anchorPaths.size(); i++) {
            parts.add(column + " LIKE :scope_path" + i);
            params.put("scope_path" + i, anchorPaths.get(i) + "%");
        }
        return new Clause("(" + String.join(" OR ", parts) + ")", params);
    }

    private Clause idsClause(String column) {
        if (anchorOrgIds.isEmpty()) {
            return new Clause("FALSE", Map.of());
        }
        return new Clause(column + " IN (:scope_orgs)", Map.of("scope_orgs", anchorOrgIds));
    }

    /** A WHERE fragment with its named parameters. */
    public record Clause(String sql, Map<String, Object> params) {
    }
}
