package cn.dangjian.dues.internal;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approved 少交/免交 touching a year, as the 核定表's 是否少交/免交 column shows them. */
@Component
public class ReductionLabels {

    private final JdbcClient jdbc;

    ReductionLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each member with an approved reduction overlapping {@code year}: 「免交（2026-03至2026-12）」. */
    public Map<Long, String> inForce(Collection<Long> memberIds, int year) {
        Map<Long, String> labels = new HashMap<>();
        if (memberIds.isEmpty()) {
            return labels;
        }
        jdbc.sql("""
                        SELECT member_id, exempt, approved_fen, from_month, until_month FROM dues_reduction
                        WHERE member_id = ANY(:ids) AND status = 'APPROVED'
                          AND from_month <= make_date(:y, 12, 1) AND until_month >= make_date(:y, 1, 1)
                        ORDER BY id""")
                .param("ids", memberIds.toArray(new Long[0])).param("y", year)
                .query((rs, n) -> {
                    String what = rs.getBoolean("exempt") ? "免交"
                            : "少交，每月" + cn.dangjian.shared.Fen.of(rs.getLong("approved_fen")) + "元";
                    labels.merge(rs.getLong("member_id"), what + "（"
                            + YearMonth.from(rs.getDate("from_month").toLocalDate()) + "至"
                            + YearMonth.from(rs.getDate("until_month").toLocalDate()) + "）", (a, b) -> a + "；" + b);
                    return 1;
                }).list();
        return labels;
    }
}
