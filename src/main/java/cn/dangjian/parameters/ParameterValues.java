package cn.dangjian.parameters;

import java.time.LocalDate;
import java.util.Map;

/** The value of every parameter in force for one organization on one day, with where each value comes from. */
public record ParameterValues(LocalDate date, Map<String, Value> values) {

    public ParameterValues {
        values = Map.copyOf(values);
    }

    /** The stored value of {@code key}, e.g. {@code QUARTERLY:1} or {@code 7}. */
    public String get(String key) {
        return value(key).value();
    }

    public int whole(String key) {
        return Integer.parseInt(get(key).strip());
    }

    public Value value(String key) {
        Value value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown parameter " + key);
        }
        return value;
    }

    /**
     * A value and its origin: the catalogue default ({@code level} DEFAULT), the platform-wide setting, or the
     * override of the organization {@code orgId} (the organization itself or an ancestor).
     */
    public record Value(String key, String value, Level level, Long orgId, LocalDate effectiveFrom) {
    }

    public enum Level {
        DEFAULT, PLATFORM, ORGANIZATION
    }
}
