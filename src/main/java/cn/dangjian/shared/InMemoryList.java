package cn.dangjian.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The list pattern for a list short enough to be read whole (the accounts of a platform, a unit's parameters): sorts
 * by a whitelist of columns — an unknown column is refused like {@link SortOrder#orderBy} refuses it — ending on the
 * id so equal values keep their order, and cuts out the asked page.
 */
public final class InMemoryList {

    private InMemoryList() {
    }

    public static <T> PageResult<T> page(List<T> all, SortOrder order, Map<String, Comparator<T>> columns,
                                         ToLongFunction<T> id, PageRequest page) {
        return slice(sorted(all, order, columns, id), page);
    }

    public static <T> List<T> sorted(List<T> all, SortOrder order, Map<String, Comparator<T>> columns,
                                     ToLongFunction<T> id) {
        if (order == null) {
            return all;
        }
        Comparator<T> column = columns.get(order.key());
        if (column == null) {
            throw new InvalidInputException("sort", "排序", "不能按该列排序");
        }
        Comparator<T> byColumn = column.thenComparingLong(id);
        return all.stream().sorted(order.descending() ? byColumn.reversed() : byColumn).toList();
    }

    private static <T> PageResult<T> slice(List<T> rows, PageRequest page) {
        int from = (int) Math.min(rows.size(), (long) (page.page() - 1) * page.size());
        int to = Math.min(rows.size(), from + page.size());
        return new PageResult<>(rows.subList(from, to), rows.size(), page.page(), page.size());
    }
}
