package cn.dangjian.transfer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dangjian.org.OrgUnits;
import cn.dangjian.transfer.MobileMemberView;
import cn.dangjian.transfer.TransferDeadlines;
import org.springframework.stereotype.Component;

/** Entries of the 流动党员 register as pages and the API show them, the organizations' names read in one statement. */
@Component
public class MobileMemberViews {

    private final OrgUnits orgs;

    MobileMemberViews(OrgUnits orgs) {
        this.orgs = orgs;
    }

    public List<MobileMemberView> of(List<MobileMember> entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(m -> {
            ids.add(m.orgId());
            if (m.inflowOrgId() != null) {
                ids.add(m.inflowOrgId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            orgs.refs(ids).forEach(o -> names.put(o.id(), o.name()));
        }
        return entries.stream().map(m -> {
            List<MobileMemberView.Contact> contacts = new ArrayList<>(m.contacts().stream()
                    .map(c -> new MobileMemberView.Contact(c.contactedOn(), c.means(), c.attendedElsewhere(), c.note(),
                            c.recordedBy())).toList());
            contacts.sort(Comparator.comparing(MobileMemberView.Contact::contactedOn).reversed());
            return new MobileMemberView(m.id(), m.direction(), m.memberId(), m.name(), m.phone(), m.orgId(),
                    names.getOrDefault(m.orgId(), ""), m.since(), m.destination(), m.reason(), m.fixedPlace(),
                    m.inflowOrgId(), m.inflowOrgId() == null ? null : names.get(m.inflowOrgId()), m.otherOrgName(),
                    contacts, m.endedOn() != null ? null
                    : TransferDeadlines.nextContactDue(m.lastContact().orElse(m.since())),
                    m.endedOn(), m.endReason(), m.version());
        }).toList();
    }
}
