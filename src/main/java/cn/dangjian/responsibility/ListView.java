package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.util.List;

/** A 责任清单: who issued it, for which year, when, and its duties in order. */
public record ListView(long id, long issuerOrgId, String issuerName, int year, String title, LocalDate issuedOn,
                       String issuedBy, int version, List<DutyView> duties) {

    public List<DutyView> at(DutyLevel level) {
        return duties.stream().filter(d -> d.level() == level).toList();
    }
}
