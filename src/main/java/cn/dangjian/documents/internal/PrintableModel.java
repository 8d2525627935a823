package cn.dangjian.documents.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dangjian.shared.Texts;

/**
 * Every text of a document model made printable ({@link Texts#printable}) before any renderer sees it: a
 * control character stored before input was checked, or written into the database by other means, must not
 * make a Word file unreadable or a PDF fail. Applied once, by {@code Documents}, for DOCX and PDF alike.
 */
public final class PrintableModel {

    private PrintableModel() {
    }

    public static Map<String, Object> of(Map<String, Object> model) {
        Map<String, Object> copy = new LinkedHashMap<>();
        model.forEach((key, value) -> copy.put(key, value(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object value) {
        if (value instanceof String s) {
            return Texts.printable(s);
        }
        if (value instanceof Map<?, ?> map) {
            return of((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(value(v)));
            return copy;
        }
        return value;
    }
}
