package cn.dangjian.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dangjian.shared.CodedValue;
import cn.dangjian.shared.FieldProblem;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON body that could not be read, told as the field it concerns and what was expected there (“appliedOn：应为日期，
 * 格式 yyyy-MM-dd”), from the path Jackson reports. The library's own message, which names Java types, is only logged.
 */
final class JsonProblems {

    private static final int LISTED_VALUES = 12;

    private static final Map<Class<?>, String> EXPECTED = Map.ofEntries(
            Map.entry(Integer.class, "应为整数"), Map.entry(int.class, "应为整数"),
            Map.entry(Long.class, "应为整数"), Map.entry(long.class, "应为整数"),
            Map.entry(Short.class, "应为整数"), Map.entry(short.class, "应为整数"),
            Map.entry(BigInteger.class, "应为整数"),
            Map.entry(Double.class, "应为数字"), Map.entry(double.class, "应为数字"),
            Map.entry(Float.class, "应为数字"), Map.entry(float.class, "应为数字"),
            Map.entry(BigDecimal.class, "应为数字"),
            Map.entry(Boolean.class, "应为 true 或 false"), Map.entry(boolean.class, "应为 true 或 false"),
            Map.entry(String.class, "应为文本"),
            Map.entry(LocalDate.class, "应为日期，格式 yyyy-MM-dd"),
            Map.entry(LocalDateTime.class, "应为日期和时间，格式 yyyy-MM-ddTHH:mm"),
            Map.entry(LocalTime.class, "应为时间，格式 HH:mm"),
            Map.entry(YearMonth.class, "应为年月，格式 yyyy-MM"));

    private JsonProblems() {
    }

    static FieldProblem of(HttpMessageNotReadableException e) {
        JacksonException json = jacksonCause(e);
        if (json == null) {
            return new FieldProblem("body", "请求内容", "缺少请求内容，或不是有效的 JSON");
        }
        String field = path(json);
        if (field.isEmpty()) {
            return json instanceof StreamReadException read && !(read instanceof InputCoercionException)
                    ? new FieldProblem("body", "请求内容", "不是有效的 JSON" + where(read))
                    : new FieldProblem("body", "请求内容", "应为 JSON 对象");
        }
        return new FieldProblem(field, field, expected(json));
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    /** {@code steps[2].on}, as a client would address the value. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(StreamReadException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : "（第" + e.getLocation().getLineNr() + "行第" + e.getLocation().getColumnNr() + "列附近）";
    }

    private static String expected(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "不是可接受的字段";
        }
        if (e instanceof InputCoercionException coercion) {
            return "数值超出允许的范围" + range(coercion.getTargetType());
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "格式不正确";
        }
        if (type.isEnum()) {
            return oneOf(type);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "应为列表（JSON 数组）";
        }
        return EXPECTED.getOrDefault(type, type.isRecord() || Map.class.isAssignableFrom(type)
                ? "应为对象（JSON 对象）" : "格式不正确");
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "（应为 " + Integer.MIN_VALUE + " 至 " + Integer.MAX_VALUE + " 之间的整数）";
        }
        return "";
    }

    private static String oneOf(Class<?> type) {
        Object[] values = type.getEnumConstants();
        String listed = Arrays.stream(values).limit(LISTED_VALUES).map(JsonProblems::describe)
                .collect(Collectors.joining("、"));
        return "应为以下取值之一：" + listed + (values.length > LISTED_VALUES ? "等（完整列表见接口文档）" : "");
    }

    private static String describe(Object constant) {
        String name = ((Enum<?>) constant).name();
        return constant instanceof CodedValue coded ? name + "（" + coded.label() + "）" : name;
    }
}
