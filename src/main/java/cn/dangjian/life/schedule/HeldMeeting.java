package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.Objects;

import cn.dangjian.life.MeetingType;

/**
 * A meeting that took place: its kind, its date, and for a 党小组会 the party group that held it ({@code null}
 * otherwise). A meeting that served two purposes (a 主题党日 with a 党课) is given as two facts.
 */
public record HeldMeeting(MeetingType type, LocalDate heldOn, Long partyGroupId) {

    public HeldMeeting {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(heldOn, "heldOn");
    }

    public static HeldMeeting of(MeetingType type, LocalDate heldOn) {
        return new HeldMeeting(type, heldOn, null);
    }
}
