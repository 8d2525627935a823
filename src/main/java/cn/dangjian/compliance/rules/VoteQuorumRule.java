package cn.dangjian.compliance.rules;

import java.util.List;

import cn.dangjian.compliance.FindingDraft;
import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.compliance.RuleContext;
import cn.dangjian.compliance.Severity;
import cn.dangjian.compliance.facts.QuorumFacts;
import cn.dangjian.life.MeetingType;
import cn.dangjian.life.QuorumFailure;

/**
 * ZB-08 (支部党员大会: a vote needs more than half of the members with voting rights present) and ZB-09 (支委会:
 * more than half of the committee): every recorded meeting of {@code type} held this year or last in which a vote
 * was taken without its quorum is a {@link Severity#VIOLATION} (subject = the meeting id) — the vote is not valid
 * and has to be taken again at a meeting with quorum. The record stays what it is, so the finding stays open
 * (the branch may add a 情况说明) until the meeting drops out of the two-year window. The quorum itself is computed
 * by the life module when the meeting is recorded (exactly half is no quorum); votes are only taken in these two
 * meeting types. Two beans, one per meeting type ({@link VoteQuorumRules}).
 */
public class VoteQuorumRule extends CatalogueRule {

    private final MeetingType type;

    public VoteQuorumRule(MeetingType type) {
        super("meetings.vote-quorum." + type.name().toLowerCase().replace('_', '-'),
                type == MeetingType.BRANCH_ASSEMBLY ? "ZB-08" : "ZB-09",
                BRANCH_RULES + (type == MeetingType.BRANCH_ASSEMBLY ? "第十一条" : "第十二条"), 1,
                RuleCategory.MEETINGS, type.label() + "表决须达到法定到会人数");
        if (type != MeetingType.BRANCH_ASSEMBLY && type != MeetingType.COMMITTEE_MEETING) {
            throw new IllegalArgumentException(type + " takes no votes");
        }
        this.type = type;
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.find(QuorumFacts.class).isPresent();
    }

    @Override
    public List<FindingDraft> evaluate(OrgFacts facts, RuleContext context) {
        String gist = type == MeetingType.BRANCH_ASSEMBLY
                ? "进行表决时，有表决权的到会党员须超过应到会有表决权党员的半数"
                : "支委会须有半数以上委员到会方可召开";
        String whom = type == MeetingType.BRANCH_ASSEMBLY ? "有表决权的党员" : "支部委员";
        return facts.get(QuorumFacts.class).failures().stream().filter(f -> f.type() == type).map(f -> {
            String items = String.join("、", f.votedItems());
            String message = f.heldAt().toLocalDate() + "召开的" + type.label() + "（" + f.topic() + "）对“" + items
                    + "”进行了表决，但" + whom + "应到" + f.votingExpected() + "人、实到" + f.votingPresent()
                    + "人，未超过半数，表决无效，应在符合到会人数要求的会议上重新表决" + cite(gist);
            return new FindingDraft(String.valueOf(f.meetingId()), Severity.VIOLATION, message, null,
                    facts("会议", type.label() + "：" + f.topic(), "召开时间", f.heldAt().toLocalDate(),
                            "表决事项", items, whom + "应到", f.votingExpected() + "人",
                            whom + "实到", f.votingPresent() + "人",
                            "法定到会人数", "超过" + f.votingExpected() / 2 + "人（" + (f.votingExpected() / 2 + 1) + "人以上）"),
                    "/meetings/" + f.meetingId());
        }).toList();
    }
}
