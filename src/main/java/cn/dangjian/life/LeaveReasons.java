package cn.dangjian.life;

import java.util.List;

/** The usual reasons for 请假, offered as a choice so the secretary types a reason only when it is another one. */
public final class LeaveReasons {

    public static final List<String> COMMON = List.of("因公出差", "外出培训", "病假", "事假", "休假");

    private LeaveReasons() {
    }

    /** The reason typed, or else the one chosen from {@link #COMMON}; {@code null} when neither. */
    public static String of(String typed, String chosen) {
        if (typed != null && !typed.isBlank()) {
            return typed;
        }
        return chosen != null && COMMON.contains(chosen.strip()) ? chosen.strip() : null;
    }
}
