package cn.dangjian.responsibility;

/** One duty of an issued list. */
public record DutyView(long id, int position, DutyLevel level, DutyPost post, String text, String basis,
                       DutyCycle cycle, Evidence evidence) {
}
