package cn.dangjian.life;

import java.time.LocalDate;

/** A recorded 谈心谈话. */
public record TalkView(long id, long orgId, LocalDate talkedOn, long initiatorId, String initiatorName, long partnerId,
                       String partnerName, String topic, String followUp, String recordedBy) {
}
