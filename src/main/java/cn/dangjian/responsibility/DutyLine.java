package cn.dangjian.responsibility;

import java.time.LocalDate;
import java.util.List;

/**
 * One duty as an organization sees it: its live status, why (the findings of its evidence this year, with their
 * messages), where the records are, and — for a duty no record evidences — the organization's statement.
 */
public record DutyLine(DutyView duty, DutyStatus status, List<String> reasons, String records, String statement,
                       LocalDate statedOn) {
}
