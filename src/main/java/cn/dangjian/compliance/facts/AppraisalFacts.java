package cn.dangjian.compliance.facts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A branch's 民主评议党员 (ZB-16, JY-04) of this year and the last: the day each was recorded, and the branch's
 * recorded 成立日期 (null when none was recorded) — a branch set up late in a year is not held to that year.
 */
public record AppraisalFacts(LocalDate establishedOn, Map<Integer, LocalDate> heldOn) {

    public AppraisalFacts {
        heldOn = Map.copyOf(heldOn);
    }

    public Optional<LocalDate> heldIn(int year) {
        return Optional.ofNullable(heldOn.get(year));
    }
}
