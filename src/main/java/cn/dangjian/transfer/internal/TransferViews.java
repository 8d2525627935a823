package cn.dangjian.transfer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.calendar.WorkCalendar;
import cn.dangjian.calendar.WorkingDays;
import cn.dangjian.member.MemberPlacement;
import cn.dangjian.member.MemberQueries;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.transfer.LetterView;
import cn.dangjian.transfer.TransferView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Transfers as pages and the API show them, with every organization's name read in one statement. */
@Component
public class TransferViews {

    private final OrgUnits orgs;
    private final MemberQueries members;
    private final WorkCalendar calendar;
    private final JdbcClient jdbc;

    TransferViews(OrgUnits orgs, MemberQueries members, WorkCalendar calendar, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.members = members;
        this.calendar = calendar;
    }

    public List<TransferView> of(List<Transfer> transfers) {
        List<Long> orgIds = new ArrayList<>();
        transfers.forEach(t -> {
            orgIds.add(t.fromOrgId());
            if (t.toOrgId() != null) {
                orgIds.add(t.toOrgId());
            }
            if (t.waitingFor() != null) {
                orgIds.add(t.waitingFor());
            }
            if (t.letter() != null && t.letter().issuerOrgId() != null) {
                orgIds.add(t.letter().issuerOrgId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        orgs.refs(orgIds).forEach(o -> names.put(o.id(), o.name()));
        Map<Long, MemberPlacement> placed = members.placements(transfers.stream().map(Transfer::memberId).toList());
        Map<Long, Integer> sizes = batchSizes(transfers);
        WorkingDays days = transfers.stream().anyMatch(t -> t.letter() != null) ? calendar.workingDays() : null;
        return transfers.stream().map(t -> new TransferView(t.id(), t.kind(), t.state(), t.memberId(),
                placed.containsKey(t.memberId()) ? placed.get(t.memberId()).name() : "", t.fromOrgId(),
                names.get(t.fromOrgId()), t.toOrgId(), t.toOrgId() == null ? t.toName() : names.get(t.toOrgId()),
                t.reason(), t.startedOn(), t.sentOn(), t.receivedOn(), t.returnReason(), t.waitingFor(),
                t.waitingFor() == null ? null : names.get(t.waitingFor()), t.responsibleOrgId(), t.submissions(),
                letter(t.letter(), names, days), t.batchId(), t.batchId() == null ? 1 : sizes.getOrDefault(t.batchId(), 1),
                t.version())).toList();
    }

    private Map<Long, Integer> batchSizes(List<Transfer> transfers) {
        List<Long> batches = transfers.stream().map(Transfer::batchId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Integer> sizes = new HashMap<>();
        if (!batches.isEmpty()) {
            jdbc.sql("SELECT batch_id, count(*) AS n FROM transfer WHERE batch_id IN (:ids) GROUP BY batch_id")
                    .param("ids", batches).query((rs, i) -> sizes.put(rs.getLong("batch_id"), rs.getInt("n"))).list();
        }
        return sizes;
    }

    private static LetterView letter(TransferLetter l, Map<Long, String> names, WorkingDays days) {
        if (l == null) {
            return null;
        }
        return new LetterView(l.number(), l.addressee(), l.issuerOrgId(),
                l.issuerOrgId() == null ? null : names.get(l.issuerOrgId()), l.issuedOn(), l.validityDays(),
                l.validThrough(days), l.carrierKind().label(), l.paidUpTo(), l.voided(), l.receiptReturnedOn(),
                l.receiptHandler());
    }
}
