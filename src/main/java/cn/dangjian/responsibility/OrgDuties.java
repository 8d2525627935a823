package cn.dangjian.responsibility;

import java.util.List;

/** An organization's duties under a list, with their status from the records. */
public record OrgDuties(ListView list, long orgId, String orgName, DutyLevel level, int year, List<DutyLine> lines) {

    public long count(DutyStatus status) {
        return lines.stream().filter(l -> l.status() == status).count();
    }
}
