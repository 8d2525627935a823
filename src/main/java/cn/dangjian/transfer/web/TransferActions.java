package cn.dangjian.transfer.web;

import java.time.LocalDate;

import cn.dangjian.member.MemberView;
import cn.dangjian.member.Members;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.Permission;
import cn.dangjian.transfer.TransferKind;
import cn.dangjian.transfer.TransferState;
import cn.dangjian.transfer.TransferView;
import org.springframework.stereotype.Component;

/**
 * Which steps of a transfer the caller may take now, so a page offers only those (the facade checks them again):
 * the sender submits, withdraws, records the 回执 and reissues; the organization whose turn it is approves or
 * returns; the receiving organization accepts or returns.
 */
@Component
class TransferActions {

    private final OrgUnits orgs;
    private final Members members;

    TransferActions(OrgUnits orgs, Members members) {
        this.orgs = orgs;
        this.members = members;
    }

    /** What the caller may do with {@code t}. */
    Can of(AccessScope scope, TransferView t, LocalDate today) {
        boolean record = scope.can(Permission.TRANSFER_RECORD);
        boolean sender = record && reaches(scope, t.fromOrgId());
        boolean open = t.state() == TransferState.DRAFT || t.state() == TransferState.RETURNED;
        boolean approver = t.state() == TransferState.APPROVING && scope.can(Permission.TRANSFER_APPROVE)
                && t.waitingForOrgId() != null && reaches(scope, t.waitingForOrgId());
        boolean sent = t.state() == TransferState.SENT;
        boolean receiver = sent && record && t.kind() == TransferKind.WITHIN && t.toOrgId() != null
                && reaches(scope, t.toOrgId());
        boolean letterOut = sent && sender && t.kind() == TransferKind.OUT;
        boolean letter = t.letter() != null && t.letter().number() != null;
        return new Can(sender && open, sender && (open || t.state() == TransferState.APPROVING), approver,
                approver || receiver || letterOut, receiver, letterOut && letter, letterOut && letter, letter,
                letter && t.letter().expiredOn(today));
    }

    /** Whether {@code t} waits for the caller: a draft or a return to deal with, an approval, a member to accept, a 回执. */
    boolean waitsFor(AccessScope scope, TransferView t, LocalDate today) {
        Can can = of(scope, t, today);
        return can.submit() || can.approve() || can.accept() || can.receipt();
    }

    /** The member a transfer is started for, read through the member module's scope check. */
    Subject member(AccessScope scope, long memberId) {
        MemberView m = members.get(scope, memberId);
        return new Subject(m.id(), m.name(), m.orgId(), m.orgName());
    }

    boolean reaches(AccessScope scope, long orgId) {
        return orgs.findInScope(scope, orgId).isPresent();
    }

    record Can(boolean submit, boolean cancel, boolean approve, boolean sendBack, boolean accept, boolean receipt,
               boolean reissue, boolean letter, boolean expired) {
    }

    record Subject(long id, String name, long orgId, String orgName) {
    }
}
