package cn.dangjian.shared;

import java.util.Arrays;
import java.util.Optional;

/** An entry of a national code table: a stable code and the Chinese label people read. */
public interface CodedValue {

    String code();

    String label();

    /** Finds the entry whose label or code equals {@code text} (as typed in a form or an Excel cell). */
    static <E extends Enum<E> & CodedValue> Optional<E> lookup(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.label().equals(t) || e.code().equals(t) || e.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
