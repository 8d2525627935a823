package cn.dangjian.life;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A recorded meeting in which a vote was taken without its quorum (ZB-08 支部党员大会: more than half of the members
 * with voting rights; ZB-09 支委会: more than half of the committee): the counts as recorded and the items voted on.
 */
public record QuorumFailure(long meetingId, long orgId, MeetingType type, LocalDateTime heldAt, String topic,
                            int votingExpected, int votingPresent, List<String> votedItems) {

    public QuorumFailure {
        votedItems = List.copyOf(votedItems);
    }
}
