package cn.dangjian.life;

import java.time.LocalDate;

/** A 谈心谈话 as recorded: the branch, the day, who talked with whom, the topic and the follow-up. */
public record RecordTalk(long orgId, LocalDate talkedOn, long initiatorId, long partnerId, String topic,
                         String followUp) {
}
