package cn.dangjian.transfer;

import java.util.List;

/**
 * A transfer moved a step (submitted, approved, returned, sent, accepted, withdrawn, its letter issued or its 回执
 * recorded): what the organizations it touches — sender, receiver, approvers — are waiting for has changed.
 */
public record TransferStepRecorded(long transferId, List<Long> orgIds) {

    public TransferStepRecorded {
        orgIds = List.copyOf(orgIds);
    }
}
