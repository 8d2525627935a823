package cn.dangjian.life.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.dangjian.life.AttendanceStatus;
import cn.dangjian.life.CriticismNote;
import cn.dangjian.life.MeetingView;
import cn.dangjian.life.RecordCriticismNote;
import org.springframework.util.MultiValueMap;

import static cn.dangjian.shared.Texts.blankToNull;

/**
 * The 批评与自我批评 form of a 组织生活会 page: per member present {@code self_<id>}, {@code received_<id>} and the
 * version read ({@code version_<id>}); and the rows it shows, filled from what was saved or what was typed.
 */
final class CriticismForm {

    private static final Pattern FIELD = Pattern.compile("(self|received)_(\\d+)");

    private CriticismForm() {
    }

    /**
     * One row per member present.
     *
     * @param savedSelfCriticism     what is saved now, shown beside the typed text only when the two differ after
     *                               someone else changed the note; otherwise {@code null}
     * @param savedCriticismReceived likewise for 相互批评意见
     */
    record Row(long memberId, String name, String selfCriticism, String criticismReceived, Integer version,
               String savedSelfCriticism, String savedCriticismReceived) {
    }

    static List<RecordCriticismNote> read(MultiValueMap<String, String> p) {
        Set<Long> members = new LinkedHashSet<>();
        for (String key : p.keySet()) {
            Matcher m = FIELD.matcher(key);
            if (m.matches()) {
                members.add(Long.valueOf(m.group(2)));
            }
        }
        List<RecordCriticismNote> notes = new ArrayList<>();
        for (long id : members) {
            notes.add(new RecordCriticismNote(id, p.getFirst("self_" + id), p.getFirst("received_" + id),
                    version(p.getFirst("version_" + id))));
        }
        return notes;
    }

    /**
     * The rows of the form: the saved notes, or, after a refused save, what was typed. After a conflict the
     * versions are the current ones, and the saved text is shown where it differs, so that saving again is a
     * choice made knowingly.
     */
    static List<Row> rows(MeetingView meeting, List<CriticismNote> saved, MultiValueMap<String, String> typed,
                          boolean conflict) {
        Map<Long, CriticismNote> byMember = saved.stream()
                .collect(Collectors.toMap(CriticismNote::memberId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (MeetingView.AttendeeView a : meeting.attendance()) {
            if (a.status() != AttendanceStatus.PRESENT) {
                continue;
            }
            CriticismNote note = byMember.get(a.memberId());
            String savedSelf = note == null ? null : note.selfCriticism();
            String savedReceived = note == null ? null : note.criticismReceived();
            Integer savedVersion = note == null ? null : note.version();
            if (typed == null) {
                rows.add(new Row(a.memberId(), a.name(), savedSelf, savedReceived, savedVersion, null, null));
                continue;
            }
            String self = typed.getFirst("self_" + a.memberId());
            String received = typed.getFirst("received_" + a.memberId());
            rows.add(new Row(a.memberId(), a.name(), self, received,
                    conflict ? savedVersion : version(typed.getFirst("version_" + a.memberId())),
                    conflict && !Objects.equals(blankToNull(self), savedSelf) ? orNone(savedSelf) : null,
                    conflict && !Objects.equals(blankToNull(received), savedReceived) ? orNone(savedReceived) : null));
        }
        return rows;
    }

    private static String orNone(String text) {
        return text == null ? "（空）" : text;
    }

    private static Integer version(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
