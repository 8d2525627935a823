package cn.dangjian.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.shared.AccessScope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Builds, from a handler method alone, a request that points every id it takes at a {@link SweepFixture.Target}:
 * path variables, query and form parameters, {@code @ParameterObject} filters and JSON bodies. An id whose meaning
 * the sweep does not know fails the test, so a new endpoint cannot slip past it unfilled.
 */
final class SweepRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    /** A request and whether it points at one of the target's records (then only 403/404 are acceptable). */
    record Built(AbstractMockHttpServletRequestBuilder<?> request, String url, boolean targetsRecord) {
    }

    private SweepRequests() {
    }

    static Built build(HttpMethod method, String pattern, HandlerMethod handler, SweepFixture.Target target,
                       boolean orgIsForeign) {
        boolean[] targets = {false};
        StringBuilder url = new StringBuilder();
        Matcher m = VARIABLE.matcher(pattern);
        int last = 0;
        while (m.find()) {
            url.append(pattern, last, m.start());
            url.append(pathValue(pattern, m, handler, target, orgIsForeign, targets));
            last = m.end();
        }
        url.append(pattern.substring(last));
        Map<String, String> params = new LinkedHashMap<>();
        String body = null;
        boolean multipart = false;
        for (MethodParameter p : handler.getMethodParameters()) {
            Parameter param = p.getMethod().getParameters()[p.getParameterIndex()];
            if (AccessScope.class.equals(p.getParameterType())) {
                continue;
            }
            if (p.hasParameterAnnotation(RequestBody.class)) {
                body = json(param.getParameterizedType(), target, orgIsForeign, targets);
            } else if (p.hasParameterAnnotation(RequestPart.class) || MultipartFile.class.equals(p.getParameterType())) {
                multipart = true;
            } else if (p.hasParameterAnnotation(RequestParam.class)) {
                if (Map.class.isAssignableFrom(p.getParameterType())) {
                    params.put("orgId", String.valueOf(target.orgId()));
                    targets[0] |= orgIsForeign;
                    continue;
                }
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : param.getName();
                Object value = value(name, p.getParameterType(), target, orgIsForeign, targets);
                if (value != null) {
                    params.put(name, value.toString());
                } else if (rp.required() && rp.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
                    params.put(name, String.valueOf(simple(p.getParameterType())));
                }
            } else if (p.hasParameterAnnotation(ParameterObject.class) || p.getParameterType().isRecord()) {
                for (RecordComponent c : p.getParameterType().getRecordComponents()) {
                    Object value = value(c.getName(), c.getType(), target, orgIsForeign, targets);
                    if (value != null) {
                        params.put(c.getName(), value.toString());
                    }
                }
            }
        }
        AbstractMockHttpServletRequestBuilder<?> request = multipart
                ? MockMvcRequestBuilders.multipart(method, url.toString())
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[]{1, 2, 3}))
                : MockMvcRequestBuilders.request(method, url.toString());
        params.forEach(request::param);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return new Built(request, url + (params.isEmpty() ? "" : "?" + params), targets[0]);
    }

    private static String pathValue(String pattern, Matcher m, HandlerMethod handler, SweepFixture.Target target,
                                    boolean orgIsForeign, boolean[] targets) {
        String name = m.group(1);
        if (m.group(2) != null) {
            return m.group(2).split("\\|")[0];
        }
        if (name.equals("id")) {
            String before = pattern.substring(0, m.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            // the API names an inspection's rectification "rectifications"; the pages' rectifications are life's
            collection = before.startsWith("/api/v1/rectifications") ? "inspections" : collection;
            Object id = target.ids().get(collection);
            if (id == null) {
                throw new AssertionError("端点巡检不知道如何填写 " + pattern + " 中的 {id}：请在 SweepFixture.Target 中加入“"
                        + collection + "”的记录");
            }
            // units (单位) are reference data that every organization sees: not anyone's records
            targets[0] |= !collection.equals("units") && (!collection.equals("orgs") || orgIsForeign);
            return id.toString();
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            PathVariable pv = p.getParameterAnnotation(PathVariable.class);
            String pname = pv == null ? null : !pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value()
                    : p.getMethod().getParameters()[p.getParameterIndex()].getName();
            if (name.equals(pname)) {
                Object value = value(name, p.getParameterType(), target, orgIsForeign, targets);
                return String.valueOf(value != null ? value : simple(p.getParameterType()));
            }
        }
        throw new AssertionError("端点巡检不知道如何填写 " + pattern + " 中的 {" + name + "}");
    }

    /** The value for a parameter that names an id; {@code null} for anything else. */
    private static Object value(String name, Class<?> type, SweepFixture.Target target, boolean orgIsForeign,
                                boolean[] targets) {
        String n = name.toLowerCase();
        if (!n.endsWith("id") || !Number.class.isAssignableFrom(box(type))) {
            return n.equals("version") ? 0 : null;
        }
        Object id = switch (n) {
            case "orgid", "fromorgid", "issuerorgid", "withinorgid", "parentid", "newparentid", "partygroupid" -> {
                targets[0] |= orgIsForeign;
                yield target.orgId();
            }
            case "memberid", "initiatorid", "partnerid", "hostmemberid", "recordermemberid", "ownerid" -> {
                targets[0] = true;
                yield target.memberId();
            }
            case "meetingid" -> {
                targets[0] = true;
                yield target.meetingId();
            }
            case "itemid" -> {
                targets[0] = true;
                yield target.itemId();
            }
            case "taskid" -> {
                targets[0] = true;
                yield target.taskId();
            }
            case "dutyid" -> {
                targets[0] = true;
                yield target.dutyId();
            }
            case "caseid" -> {
                targets[0] = true;
                yield target.caseId();
            }
            case "rowid" -> {
                targets[0] = true;
                yield target.dues().paymentRowId();
            }
            case "assessmentid" -> {
                targets[0] = true;
                yield target.dues().assessmentId();
            }
            case "toorgid", "infloworgid", "leadorgid" -> target.orgId(); // where a member goes: any organization may be named
            case "unitid", "citizenid" -> null;
            default -> throw new AssertionError("端点巡检不知道参数 " + name + " 指向哪类记录：请在 SweepRequests 中补充");
        };
        return id;
    }

    private static String json(java.lang.reflect.Type type, SweepFixture.Target target, boolean orgIsForeign,
                               boolean[] targets) {
        if (type instanceof ParameterizedType pt && List.class.equals(pt.getRawType())) {
            return "[" + json(pt.getActualTypeArguments()[0], target, orgIsForeign, targets) + "]";
        }
        if (!(type instanceof Class<?> c) || !c.isRecord()) {
            return "{}";
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            Object value = value(rc.getName(), rc.getType(), target, orgIsForeign, targets);
            if (value != null) {
                fields.add("\"" + rc.getName() + "\":" + value);
            }
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static Object simple(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Class<?> t = box(type);
        if (Number.class.isAssignableFrom(t)) {
            return LocalDate.now().getYear();
        }
        if (t.equals(Boolean.class)) {
            return false;
        }
        if (t.equals(LocalDate.class)) {
            return LocalDate.now();
        }
        if (t.equals(java.time.YearMonth.class)) {
            return java.time.YearMonth.now();
        }
        return "巡检";
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class
                : type == boolean.class ? Boolean.class : type == double.class ? Double.class : Object.class;
    }
}
