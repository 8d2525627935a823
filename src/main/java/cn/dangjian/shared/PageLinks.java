package cn.dangjian.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds the pager's link pattern: the current query string with {@code page=PAGE} in place of the page. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String pattern(String path, String queryString) {
        String kept = queryString == null ? "" : Arrays.stream(queryString.split("&"))
                .filter(p -> !p.isBlank() && !p.startsWith("page="))
                .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "page=PAGE";
    }
}
