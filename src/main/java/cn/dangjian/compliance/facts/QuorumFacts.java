package cn.dangjian.compliance.facts;

import java.util.List;

import cn.dangjian.life.QuorumFailure;

/** A branch's recorded votes without quorum (ZB-08, ZB-09) in meetings held this year or last, oldest first. */
public record QuorumFacts(List<QuorumFailure> failures) {

    public QuorumFacts {
        failures = List.copyOf(failures);
    }
}
