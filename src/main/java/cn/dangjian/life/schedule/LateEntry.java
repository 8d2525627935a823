package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a meeting was entered late (补录): recorded strictly more than {@code lateEntryDays} days after it took
 * place. Recorded exactly {@code lateEntryDays} days after is still on time.
 */
public record LateEntry(LocalDate heldOn, LocalDate recordedOn, int lateEntryDays) {

    public LateEntry {
        if (lateEntryDays < 0) {
            throw new IllegalArgumentException("lateEntryDays must not be negative: " + lateEntryDays);
        }
    }

    public static boolean isLate(LocalDate heldOn, LocalDate recordedOn, int lateEntryDays) {
        return new LateEntry(heldOn, recordedOn, lateEntryDays).late();
    }

    /** Days between the meeting and its entry (0 when entered the same day, negative if entered in advance). */
    public long daysAfterMeeting() {
        return ChronoUnit.DAYS.between(heldOn, recordedOn);
    }

    public boolean late() {
        return daysAfterMeeting() > lateEntryDays;
    }

    /** Days beyond the allowance; 0 when on time. */
    public long daysLate() {
        return Math.max(0, daysAfterMeeting() - lateEntryDays);
    }

    /** "补录：会议召开9天后录入，超过规定的7天" for a late entry; empty when on time. */
    public String message() {
        return late()
                ? "补录：会议召开" + daysAfterMeeting() + "天后录入，超过规定的" + lateEntryDays + "天"
                : "";
    }
}
