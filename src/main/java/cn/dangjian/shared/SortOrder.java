package cn.dangjian.shared;

import java.util.Map;

/**
 * The column a list is sorted by, as a person asked for it ({@code ?sort=heldAt&dir=desc}). The key is only a name:
 * each list maps the names it allows to SQL in its own store ({@link #orderBy}), so an unknown name is refused as
 * bad input and nothing a person types ever becomes SQL.
 */
public record SortOrder(String key, boolean descending) {

    private static final String KEY_PATTERN = "[A-Za-z][A-Za-z0-9]{0,39}";

    /** The order asked for, or null for the list's own default order; a malformed key or direction is refused. */
    public static SortOrder parse(String sort, String dir) {
        if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
            throw new InvalidInputException("dir", "排序方向", "应为升序或降序");
        }
        if (sort == null || sort.isBlank()) {
            return null;
        }
        if (!sort.matches(KEY_PATTERN)) {
            throw unknown();
        }
        return new SortOrder(sort, "desc".equals(dir));
    }

    /**
     * The ORDER BY clause for {@code order} over a whitelist of columns (name → SQL expression), ending on
     * {@code idColumn} so that equal values keep a stable order between pages; {@code fallback} (a whole clause body)
     * when no order was asked for.
     */
    public static String orderBy(SortOrder order, Map<String, String> columns, String idColumn, String fallback) {
        if (order == null) {
            return " ORDER BY " + fallback;
        }
        String column = columns.get(order.key());
        if (column == null) {
            throw unknown();
        }
        String direction = order.descending() ? " DESC" : " ASC";
        return " ORDER BY " + column + direction + " NULLS LAST, " + idColumn + direction;
    }

    private static InvalidInputException unknown() {
        return new InvalidInputException("sort", "排序", "不能按该列排序");
    }
}
