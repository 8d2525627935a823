package cn.dangjian.shared;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.idev.excel.FastExcel;
import cn.idev.excel.write.style.column.SimpleColumnWidthStyleStrategy;

/**
 * “Export this list as .xlsx”: the rows come from the list's own scoped, filtered, sorted page query, read page by
 * page, so the file holds exactly what the list shows across all its pages — at most {@value #MAX_ROWS} rows, with a
 * last line saying so when there are more. Headers are the list's Chinese column titles.
 */
public final class ExcelList<T> {

    public static final int MAX_ROWS = 50_000;

    /** One column: its Chinese header and how a row shows in it (null shows empty). */
    public record Column<T>(String header, Function<T, ?> value) {
    }

    private final String title;
    private final List<Column<T>> columns = new ArrayList<>();

    private ExcelList(String title) {
        this.title = title;
    }

    /** A sheet named {@code title} (also the start of the file name). */
    public static <T> ExcelList<T> titled(String title) {
        return new ExcelList<>(title);
    }

    public ExcelList<T> column(String header, Function<T, ?> value) {
        columns.add(new Column<>(header, value));
        return this;
    }

    /** The workbook of every row {@code pages} yields, read {@link PageRequest#MAX_SIZE} at a time. */
    public byte[] write(Function<PageRequest, PageResult<T>> pages) {
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        PageResult<T> result;
        int page = 1;
        do {
            result = pages.apply(new PageRequest(page++, PageRequest.MAX_SIZE));
            total = result.total();
            for (T item : result.items()) {
                if (rows.size() == MAX_ROWS) {
                    break;
                }
                rows.add(columns.stream().map(c -> cell(c.value().apply(item))).toList());
            }
        } while (result.hasNext() && rows.size() < MAX_ROWS);
        if (total > MAX_ROWS) {
            rows.add(List.of("仅导出前" + MAX_ROWS + "条（共" + total + "条），请缩小筛选范围后分批导出"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(columns.stream().map(c -> List.of(c.header())).toList())
                .registerWriteHandler(new SimpleColumnWidthStyleStrategy(18))
                .sheet(title).doWrite(rows);
        return out.toByteArray();
    }

    /** The workbook as a download named “title-20261202.xlsx” (a handler returns it with {@code @ResponseBody}). */
    public XlsxFile download(LocalDate today, Function<PageRequest, PageResult<T>> pages) {
        return new XlsxFile(title + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", write(pages));
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        String text = Texts.cell(value.toString());
        return text == null ? "" : text;
    }
}
