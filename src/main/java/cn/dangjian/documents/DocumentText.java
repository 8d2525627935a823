package cn.dangjian.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How dates, names and counts are written in generated documents. */
final class DocumentText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DocumentText() {
    }

    /** “2024年3月5日 14:30—16:00”, or only the start when the end is not known. */
    static String period(LocalDateTime startsAt, LocalDateTime endsAt) {
        String start = DATE.format(startsAt) + " " + TIME.format(startsAt);
        if (endsAt == null) {
            return start;
        }
        return start + "—" + (endsAt.toLocalDate().equals(startsAt.toLocalDate())
                ? TIME.format(endsAt) : DATE.format(endsAt) + " " + TIME.format(endsAt));
    }

    /** “本记录于2024-03-20补录”, or empty when the record was made on time. */
    static String backfillNote(LocalDate backfilledOn) {
        return backfilledOn == null ? "" : "本记录于" + backfilledOn + "补录";
    }

    /** Names separated by the Chinese enumeration comma; “无” for none. */
    static String names(List<String> names) {
        return names == null || names.isEmpty() ? "无" : String.join("、", names);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** “2026年6月20日”, or empty when there is no date. */
    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** “2026年4月29日至2026年5月8日”; only the first day when both are the same or the last is not known. */
    static String range(LocalDate from, LocalDate to) {
        return to == null || to.equals(from) ? date(from) : date(from) + "至" + date(to);
    }
}
