package cn.dangjian.parameters;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a rule: a stable {@code key} (never renamed: stored settings refer to it), the catalogue's
 * rule id and article it belongs to ({@code null} for a platform parameter such as the 补录 window), the Chinese
 * label and explanation, the default value from the catalogue, and the values allowed.
 */
public record ParameterDefinition(String key, String ruleId, String article, String label, String explanation,
                                  String defaultValue, ValueType type) {

    public ParameterDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (type.problem(defaultValue).isPresent()) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not allowed by " + type);
        }
    }

    /** "ZB-12，《中国共产党支部工作条例（试行）》第十六条", or 平台参数 without a rule. */
    public String citation() {
        return ruleId == null ? "平台参数" : ruleId + "，" + article;
    }

    /** The value as people read it, e.g. 每季度1次 or 7天. */
    public String display(String value) {
        return value == null ? "" : type.display(value);
    }

    /** The values a parameter may take. */
    public sealed interface ValueType {

        /** Why {@code value} is not allowed, in Chinese, or empty when it is. */
        Optional<String> problem(String value);

        String display(String value);
    }

    /** A whole number between {@code min} and {@code max}, shown with its unit (天, 个月). */
    public record Whole(int min, int max, String unit) implements ValueType {

        @Override
        public Optional<String> problem(String value) {
            try {
                int n = Integer.parseInt(value == null ? "" : value.strip());
                return n < min || n > max ? Optional.of("应为" + min + "至" + max + "之间的整数（单位：" + unit + "）")
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("请填写整数（单位：" + unit + "）");
            }
        }

        @Override
        public String display(String value) {
            return value.strip() + unit;
        }
    }

    /**
     * One of a list of options. {@code note} explains why the list is limited, e.g. that a national rule may
     * only be made stricter locally.
     */
    public record Choice(List<Option> options, String note) implements ValueType {

        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public Optional<String> problem(String value) {
            if (options.stream().anyMatch(o -> o.value().equals(value))) {
                return Optional.empty();
            }
            return Optional.of("只能选择：" + String.join("、", options.stream().map(Option::label).toList())
                    + (note == null ? "" : "（" + note + "）"));
        }

        @Override
        public String display(String value) {
            return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
        }
    }

    /** A stored value and its Chinese label. */
    public record Option(String value, String label) {
    }
}
