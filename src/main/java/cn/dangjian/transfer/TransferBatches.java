package cn.dangjian.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.member.MemberTransfers;
import cn.dangjian.member.RosterEntry;
import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.transfer.internal.TransferAccess;
import cn.dangjian.transfer.internal.TransferBatch;
import cn.dangjian.transfer.internal.TransferViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整建制转移 (ZJ-06): the members of a unit moved together — an office merged into another unit — in one operation.
 * The sending branch picks them from its roll; either every one of them gets a transfer, joined into one batch, or
 * none does and every member who cannot move is named with the reason. From then on the batch moves as one through
 * {@link Transfers} and {@link TransferLetters}: approved, sent, accepted or returned together, and out of the
 * platform with one numbered letter and a name list whose one 回执 ends them all.
 */
@Service
@Transactional
public class TransferBatches {

    /** More than this many in one operation is refused: a larger unit is moved branch by branch. */
    public static final int MAX_MEMBERS = 300;

    private final Transfers transfers;
    private final TransferBatch batch;
    private final TransferAccess access;
    private final TransferViews views;
    private final OrgUnits orgs;
    private final MemberQueries members;
    private final JdbcClient jdbc;

    TransferBatches(Transfers transfers, TransferBatch batch, TransferAccess access, TransferViews views,
                    OrgUnits orgs, MemberQueries members, JdbcClient jdbc) {
        this.transfers = transfers;
        this.batch = batch;
        this.access = access;
        this.views = views;
        this.orgs = orgs;
        this.members = members;
        this.jdbc = jdbc;
    }

    /** Starts the batch as drafts of the sending branch; returns the lead transfer's id. */
    public long start(AccessScope scope, StartBatchTransfer cmd) {
        scope.require(Permission.TRANSFER_RECORD);
        OrgUnitRef from = orgs.refInScope(scope, cmd.fromOrgId());
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(cmd.memberIds()));
        if (ids.size() < 2) {
            throw new InvalidInputException("memberIds", "转移党员", "整建制转移至少选择2名党员；一名党员请在其党员页面发起转接");
        }
        if (ids.size() > MAX_MEMBERS) {
            throw new InvalidInputException("memberIds", "转移党员", "一次最多" + MAX_MEMBERS + "名，请分支部办理");
        }
        Map<Long, MemberPlacement> placed = members.placements(ids);
        Set<Long> busy = new HashSet<>(jdbc.sql("""
                        SELECT member_id FROM transfer
                        WHERE member_id IN (:ids) AND state NOT IN ('RECEIVED', 'CANCELLED')""")
                .param("ids", ids).query(Long.class).list());
        List<String> refused = new ArrayList<>();
        for (Long id : ids) {
            MemberPlacement m = placed.get(id);
            if (m == null || m.orgId() != from.id()) {
                refused.add("编号" + id + "（不是本组织的党员）");
            } else if (!MemberTransfers.MOVABLE.contains(m.status())) {
                refused.add(m.name() + "（党籍状态为" + m.status().label() + "）");
            } else if (busy.contains(id)) {
                refused.add(m.name() + "（已有正在办理的转接）");
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException("memberIds", "转移党员", "以下党员不能转接，整建制转移未保存：" + String.join("、", refused));
        }
        List<Long> drafts = new ArrayList<>();
        for (Long id : ids) {
            drafts.add(cmd.kind() == TransferKind.OUT
                    ? transfers.startOut(scope, new StartLetterTransfer(id, cmd.toName(), cmd.addressee(), cmd.carrier(),
                    cmd.reason(), cmd.on()))
                    : transfers.start(scope, new StartTransfer(id, cmd.toOrgId(), cmd.reason(), cmd.on())));
        }
        batch.form(drafts);
        return drafts.get(0);
    }

    /** Every transfer of the batch the transfer {@code id} belongs to, the lead first; that one alone if none. */
    @Transactional(readOnly = true)
    public List<TransferView> of(AccessScope scope, long id) {
        scope.require(Permission.TRANSFER_VIEW);
        return views.of(batch.with(access.find(scope, id)));
    }

    /**
     * The members of a branch that may move in a batch now: on its roll (正常 or 留党察看) with no transfer under way,
     * in roll order.
     */
    @Transactional(readOnly = true)
    public List<RosterEntry> movable(AccessScope scope, long orgId) {
        scope.require(Permission.TRANSFER_RECORD);
        OrgUnitRef org = orgs.refInScope(scope, orgId);
        Set<Long> busy = Set.copyOf(jdbc.sql("""
                        SELECT member_id FROM transfer WHERE from_org_id = :org AND state NOT IN ('RECEIVED', 'CANCELLED')""")
                .param("org", org.id()).query(Long.class).list());
        return members.rosterOf(org.id()).stream().filter(m -> !busy.contains(m.id())).toList();
    }
}
