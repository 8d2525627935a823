package cn.dangjian.member;

import java.util.List;

/**
 * Members on the current roll who work in one unit (单位), per organization holding their relationship — a
 * unit's members may sit in its own branches, in a 联合党支部 or in another unit's branch.
 */
public record UnitHeadcount(long unitId, List<Holder> holders) {

    public UnitHeadcount {
        holders = List.copyOf(holders);
    }

    public long full() {
        return holders.stream().mapToLong(Holder::full).sum();
    }

    public long probationary() {
        return holders.stream().mapToLong(Holder::probationary).sum();
    }

    public long total() {
        return full() + probationary();
    }

    /** The unit's members whose relationship the organization {@code orgId} holds. */
    public record Holder(long orgId, long full, long probationary) {

        public long total() {
            return full + probationary;
        }
    }
}
