package cn.dangjian.duty;

import java.util.List;

/** A supervised task or one of its parts changed: the organizations that issued or carry it are to be re-checked. */
public record DutyChanged(List<Long> orgIds) {

    public DutyChanged {
        orgIds = List.copyOf(orgIds);
    }
}
