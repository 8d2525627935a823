package cn.dangjian.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The links of a list page, built from its current query string so that every link keeps the filters: the pager's
 * pattern, a column header's sort link (toggling the direction), the export link and the hidden fields of the
 * page-size form. Put in the model as {@code list} and read by {@code fragments/list.html} and
 * {@code fragments/pager.html}.
 */
public final class ListLinks {

    private final String path;
    private final List<Map.Entry<String, String>> params;
    private final String exportPath;

    private ListLinks(String path, String exportPath, List<Map.Entry<String, String>> params) {
        this.path = path;
        this.exportPath = exportPath;
        this.params = params;
    }

    /** The links of the list at {@code path} whose export lives at {@code exportPath} (null: no export). */
    public static ListLinks of(String path, String queryString, String exportPath) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.add(new SimpleEntry<>(name, value));
            }
        }
        return new ListLinks(path, exportPath, List.copyOf(params));
    }

    /** The pager's pattern: {@code PAGE} stands for the page number. */
    public String page() {
        return url(path, without("page"), "page=PAGE");
    }

    /** The link of a sortable column: ascending first, descending when it is already ascending; back to page 1. */
    public String sort(String key) {
        String dir = key.equals(value("sort")) && !"desc".equals(value("dir")) ? "desc" : "asc";
        return url(path, without("page", "sort", "dir"), "sort=" + encode(key) + "&dir=" + dir);
    }

    /** "asc" or "desc" when the list is sorted by {@code key}, otherwise null (for the header's arrow). */
    public String direction(String key) {
        return key.equals(value("sort")) ? ("desc".equals(value("dir")) ? "desc" : "asc") : null;
    }

    /** The export with exactly the list's filters and order (no page, no page size). */
    public String export() {
        return exportPath == null ? null : url(exportPath, without("page", "size"), null);
    }

    /** The parameters the page-size and jump-to-page form must carry along (all but page and size). */
    public List<Map.Entry<String, String>> carried() {
        return without("page", "size");
    }

    /** The page sizes a person may choose. */
    public List<Integer> pageSizes() {
        return ListRequest.PAGE_SIZES;
    }

    /** The value of a parameter in the current query string, or null. */
    public String value(String name) {
        return params.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private List<Map.Entry<String, String>> without(String... names) {
        List<String> dropped = List.of(names);
        return params.stream().filter(p -> !dropped.contains(p.getKey())).toList();
    }

    private static String url(String base, List<Map.Entry<String, String>> kept, String extra) {
        String query = kept.stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        if (extra != null) {
            query = query.isEmpty() ? extra : query + "&" + extra;
        }
        return query.isEmpty() ? base : base + "?" + query;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(Objects.toString(s, ""), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
