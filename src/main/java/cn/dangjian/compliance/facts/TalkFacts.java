package cn.dangjian.compliance.facts;

import java.time.LocalDate;

import cn.dangjian.life.TalkRoll;

/**
 * A branch's 谈心谈话 (ZB-15) of this year and of the last — the roll, committee and talks each year's coverage is
 * computed from — and the branch's recorded 成立日期 (null when none was recorded). Last year's roll is today's:
 * the roll is not kept per year.
 */
public record TalkFacts(LocalDate establishedOn, TalkRoll thisYear, TalkRoll lastYear) {
}
