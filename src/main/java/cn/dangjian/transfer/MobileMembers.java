package cn.dangjian.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.MemberTransfers;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import cn.dangjian.transfer.internal.MobileMember;
import cn.dangjian.transfer.internal.MobileMemberRepository;
import cn.dangjian.transfer.internal.MobileMemberViews;
import cn.dangjian.transfer.internal.TransferPages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 流动党员 register (ZJ-07, ZJ-09): the branch holding a member's relationship registers their outflow — the
 * member is marked 流动 from then, so the branch's own absence rule (JY-12) leaves them alone — and either side
 * records the contacts, at least every 6 months, with the organizational life the member took part in where they
 * are; the branch ends the entry when the member is back or the relationship moved. A branch also registers members
 * from outside the platform who attend it. An entry is seen by the holding branch's line and, for an outflow to an
 * organization of the platform, by the inflow organization's line; elsewhere it is not found.
 */
@Service
@Transactional
public class MobileMembers {

    private static final String NOT_FOUND = "流动党员登记不存在";

    private final MobileMemberRepository repository;
    private final MobileMemberViews views;
    private final TransferPages pages;
    private final MemberQueries members;
    private final MemberTransfers moves;
    private final OrgUnits orgs;
    private final JdbcClient jdbc;
    private final Clock clock;

    MobileMembers(MobileMemberRepository repository, MobileMemberViews views, TransferPages pages,
                  MemberQueries members, MemberTransfers moves, OrgUnits orgs, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.pages = pages;
        this.members = members;
        this.moves = moves;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a member of the caller's branch as gone away; the member is marked 流动 from {@code since}. */
    public long registerOut(AccessScope scope, RegisterOutflow in) {
        scope.require(Permission.TRANSFER_RECORD);
        if (in.memberId() == null) {
            throw new InvalidInputException("memberId", "党员", "不能为空");
        }
        MemberPlacement member = members.placements(List.of(in.memberId())).get(in.memberId());
        if (member == null || !scope.coversMember(member.memberId(), member.orgId(), member.orgPath())) {
            throw new NotFoundException("党员不存在");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate since = since(in.since(), problems);
        if (since != null && member.joinedOn() != null && since.isBefore(member.joinedOn())) {
            problems.add(new FieldProblem("since", "外出日期", "不能早于入党日期" + member.joinedOn()));
        }
        String destination = TextKind.SHORT_TEXT.required("destination", "外出地点（流入地或单位）", in.destination(), problems);
        String reason = TextKind.SHORT_TEXT.required("reason", "外出原因", in.reason(), problems);
        String phone = TextKind.PHONE.optional("phone", "联系电话", in.phone(), problems);
        String otherName = TextKind.SHORT_TEXT.optional("inflowName", "流入地党组织（平台外）", in.inflowName(), problems);
        OrgUnitRef inflow = null;
        if (in.inflowOrgId() != null) {
            String tree = member.orgPath().substring(0, member.orgPath().indexOf('/', 1) + 1);
            inflow = orgs.ref(in.inflowOrgId()).filter(o -> o.active() && o.type().holdsMembers()
                    && o.path().startsWith(tree)).orElse(null);
            if (inflow == null || inflow.id() == member.orgId()) {
                problems.add(new FieldProblem("inflowOrgId", "流入地党组织（平台内）", "应为本工委范围内、在用且管理党员的其他党组织"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnitRef home = orgs.ref(member.orgId()).orElseThrow();
        moves.goMobile(scope, member.memberId(), since, "外出" + destination + "（" + reason + "）");
        try {
            return repository.save(MobileMember.outflow(member.memberId(), home.id(), home.path(), member.name(), phone,
                    since, destination, reason, in.fixedPlace(), inflow == null ? null : inflow.id(),
                    inflow == null ? null : inflow.path(), otherName, scope.username())).id();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(member.name() + "已登记为流动党员");
        }
    }

    /** Registers a member from outside the platform attending the caller's branch. */
    public long registerIn(AccessScope scope, RegisterInflow in) {
        scope.require(Permission.TRANSFER_RECORD);
        if (in.orgId() == null) {
            throw new InvalidInputException("orgId", "流入党组织", "不能为空");
        }
        OrgUnitRef org = orgs.refInScope(scope, in.orgId());
        List<FieldProblem> problems = new ArrayList<>();
        if (!org.active() || !org.type().holdsMembers()) {
            problems.add(new FieldProblem("orgId", "流入党组织", "已撤销或不能直接管理党员"));
        }
        String name = TextKind.PERSON_NAME.required("name", "姓名", in.name(), problems);
        String phone = TextKind.PHONE.required("phone", "联系电话", in.phone(), problems);
        String home = TextKind.SHORT_TEXT.required("homeOrgName", "组织关系所在党组织", in.homeOrgName(), problems);
        String reason = TextKind.SHORT_TEXT.required("reason", "流入原因", in.reason(), problems);
        LocalDate since = since(in.since(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return repository.save(MobileMember.inflow(org.id(), org.path(), name, phone, since, reason, home,
                scope.username())).id();
    }

    /** A contact, by the holding branch's line or the inflow organization's. */
    public void contact(AccessScope scope, long id, RecordContact in, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        MobileMember m = find(scope, id, version);
        List<FieldProblem> problems = new ArrayList<>();
        String means = TextKind.SHORT_TEXT.required("means", "联系方式", in.means(), problems);
        String note = TextKind.SHORT_TEXT.optional("note", "情况", in.note(), problems);
        if (means != null && means.codePointCount(0, means.length()) > 20) {
            problems.add(new FieldProblem("means", "联系方式", "不能超过20个字"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        m.contact(in.contactedOn(), means, in.attendedElsewhere(), note, scope.username(), LocalDate.now(clock));
        repository.save(m);
    }

    /**
     * The outflow ended — back, or the relationship transferred — recorded by the side that registered it; a member
     * of the platform is no longer marked 流动.
     */
    public void end(AccessScope scope, long id, LocalDate on, String why, int version) {
        scope.require(Permission.TRANSFER_RECORD);
        MobileMember m = find(scope, id, version);
        if (!scope.coversOrg(m.orgId(), m.orgPath())) {
            throw new ConflictException("只有登记的党支部可以结束流动登记");
        }
        String reason = TextKind.SHORT_TEXT.required("endReason", "结束原因", why);
        m.end(on, reason, LocalDate.now(clock));
        repository.save(m);
        if (m.memberId() != null) {
            moves.endMobile(scope, m.memberId(), on, reason);
        }
    }

    @Transactional(readOnly = true)
    public MobileMemberView get(AccessScope scope, long id) {
        scope.require(Permission.TRANSFER_VIEW);
        return views.of(List.of(find(scope, id))).get(0);
    }

    /** The open entry of a member, if they are registered as gone away. */
    @Transactional(readOnly = true)
    public Optional<Long> openEntryOf(AccessScope scope, long memberId) {
        scope.require(Permission.TRANSFER_VIEW);
        return jdbc.sql("SELECT id FROM transfer_mobile WHERE member_id = :m AND ended_on IS NULL")
                .param("m", memberId).query(Long.class).optional()
                .filter(id -> visible(scope, repository.findById(id).orElseThrow()));
    }

    /** The register of an organization's subtree: its members gone away and those attending it, latest first. */
    @Transactional(readOnly = true)
    public PageResult<MobileMemberView> list(AccessScope scope, long orgId, MobileQuery query, PageRequest page) {
        scope.require(Permission.TRANSFER_VIEW);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        String text = query.text() == null || query.text().isBlank() ? null : "%" + query.text().strip() + "%";
        Map<String, Object> params = new HashMap<>();
        params.put("p", org.path() + "%");
        params.put("open", query.openOnly());
        params.put("text", text);
        PageResult<Long> ids = pages.ids("""
                FROM transfer_mobile WHERE (org_path LIKE :p OR inflow_org_path LIKE :p)
                  AND (NOT :open OR ended_on IS NULL)
                  AND (CAST(:text AS text) IS NULL OR name LIKE :text OR destination LIKE :text OR other_org_name LIKE :text)""",
                params, "since DESC, id DESC", page);
        List<MobileMember> found = TransferPages.inOrder(ids.items(), repository.findAllById(ids.items()),
                MobileMember::id, m -> visible(scope, m));
        return new PageResult<>(views.of(found), ids.total(), page.page(), page.size());
    }

    private LocalDate since(LocalDate since, List<FieldProblem> problems) {
        if (since == null) {
            problems.add(new FieldProblem("since", "外出（流入）日期", "不能为空"));
        } else if (!DateKind.CALENDAR.check("since", "外出（流入）日期", since, problems)) {
            return null;
        } else if (since.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("since", "外出（流入）日期", "不能晚于今天"));
        }
        return since;
    }

    private MobileMember find(AccessScope scope, long id) {
        MobileMember m = repository.findById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!visible(scope, m)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return m;
    }

    private MobileMember find(AccessScope scope, long id, int version) {
        MobileMember m = find(scope, id);
        if (m.version() != version) {
            throw new ConflictException("该登记已被他人修改，请刷新后重试");
        }
        return m;
    }

    private static boolean visible(AccessScope scope, MobileMember m) {
        return scope.coversOrg(m.orgId(), m.orgPath())
                || (m.inflowOrgId() != null && scope.coversOrg(m.inflowOrgId(), m.inflowOrgPath()));
    }
}
