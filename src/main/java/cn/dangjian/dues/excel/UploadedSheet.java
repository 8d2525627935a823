package cn.dangjian.dues.excel;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.dangjian.shared.OfficeFile;
import cn.dangjian.shared.Texts;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.metadata.data.DataFormatData;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.util.DateUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first sheet of an uploaded .xlsx export (payroll, bank or payment platform) as text: the header row — the
 * first of the first {@value #HEADER_SEARCH} rows that {@code isHeader} accepts, since exports often start with a
 * title — and the non-empty rows below it, each with its row number as Excel shows it. The file is read as a
 * stream and refused, in plain words, above {@value #MAX_BYTES} bytes or {@value #MAX_ROWS} rows.
 */
public record UploadedSheet(int headerRow, List<String> headers, List<Row> rows) {

    private static final Logger log = LoggerFactory.getLogger(UploadedSheet.class);

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    static final int HEADER_SEARCH = 10;
    /** Cells longer than this are cut: nothing in a name, month or amount column is anywhere near it. */
    static final int CELL_CHARS = 200;

    public UploadedSheet {
        headers = java.util.Collections.unmodifiableList(new ArrayList<>(headers)); // empty headers are null
        rows = List.copyOf(rows);
    }

    /** One data row: its number in Excel (1-based) and its cells by column index ({@code null} for empty). */
    public record Row(int number, List<String> cells) {

        public String cell(Integer column) {
            return column == null || column < 0 || column >= cells.size() ? null : cells.get(column);
        }
    }

    /** Reads {@code content}; {@code isHeader} tells the header row from a title above it. */
    public static UploadedSheet read(byte[] content, Predicate<List<String>> isHeader) {
        if (content == null || content.length == 0) {
            throw new SheetFileException("请选择要上传的 Excel（.xlsx）文件");
        }
        if (content.length > MAX_BYTES) {
            throw new SheetFileException("文件超过" + MAX_BYTES / 1024 / 1024 + "MB，请删除无关的列或按月份分批导出后再上传");
        }
        byte[] head = content.length < 8 ? new byte[0] : java.util.Arrays.copyOf(content, 8);
        switch (OfficeFile.of(head)) {
            case ZIP -> { }
            case OLD_OR_ENCRYPTED -> throw new SheetFileException("文件是旧版 Excel（.xls）格式或设置了密码，无法读取；"
                    + "请用 Excel 或 WPS 另存为 .xlsx 格式、取消密码后再上传");
            case OTHER -> throw new SheetFileException("文件不是 Excel（.xlsx）文件，请上传从工资系统或银行导出的 .xlsx 表格");
        }
        Listener listener = new Listener(isHeader);
        try {
            FastExcel.read(new ByteArrayInputStream(content), listener).excelType(ExcelTypeEnum.XLSX)
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA).ignoreEmptyRow(true).autoTrim(true)
                    .sheet(0).headRowNumber(0).doRead();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SheetFileException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SheetFileException s) {
                throw s;
            }
            log.info("导入文件无法读取：{}", e.toString());
            throw new SheetFileException("文件已损坏或不是 Excel（.xlsx）工作簿，无法读取；请用 Excel 或 WPS 打开确认后另存为 .xlsx 再上传", e);
        }
        if (listener.headers == null) {
            throw new SheetFileException(listener.seen == 0 ? "文件的第一个工作表是空的"
                    : "前" + HEADER_SEARCH + "行中没有找到表头（应有“姓名”列），请确认上传的是导出的明细表");
        }
        return new UploadedSheet(listener.headerRow, listener.headers, listener.rows);
    }

    private static final class Listener implements ReadListener<Map<Integer, ReadCellData<?>>> {

        private final Predicate<List<String>> isHeader;
        private List<String> headers;
        private int headerRow;
        private int seen;
        private final List<Row> rows = new ArrayList<>();

        Listener(Predicate<List<String>> isHeader) {
            this.isHeader = isHeader;
        }

        @Override
        public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
            int number = context.readRowHolder().getRowIndex() + 1;
            int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> cells = new ArrayList<>(width);
            boolean any = false;
            for (int i = 0; i < width; i++) {
                String text = text(row.get(i));
                cells.add(text);
                any |= text != null;
            }
            if (!any) {
                return;
            }
            seen++;
            if (headers == null) {
                if (isHeader.test(cells)) {
                    headers = cells;
                    headerRow = number;
                } else if (seen >= HEADER_SEARCH) {
                    throw new SheetFileException("前" + HEADER_SEARCH + "行中没有找到表头（应有“姓名”列），请确认上传的是导出的明细表");
                }
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new SheetFileException("文件超过" + MAX_ROWS + "行，请按月份或组织分批导出后再上传");
            }
            rows.add(new Row(number, cells));
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
        }

        @Override
        public void onException(Exception exception, AnalysisContext context) throws Exception {
            throw exception;
        }
    }

    /** A cell as text: date cells become yyyy-MM-dd, numbers lose trailing zeros; cut to {@value #CELL_CHARS} characters. */
    static String text(ReadCellData<?> cell) {
        if (cell == null || cell.getType() == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case STRING, DIRECT_STRING, RICH_TEXT_STRING -> cell.getStringValue();
            case BOOLEAN -> cell.getBooleanValue() == null ? null : cell.getBooleanValue() ? "是" : "否";
            case NUMBER, DATE -> number(cell);
            case ERROR, EMPTY -> null;
        };
        text = Texts.blankToNull(text == null ? null : Texts.printable(text).strip());
        return text == null || text.length() <= CELL_CHARS ? text : text.substring(0, CELL_CHARS);
    }

    private static String number(ReadCellData<?> cell) {
        BigDecimal value = cell.getNumberValue();
        if (value == null) {
            return cell.getStringValue();
        }
        DataFormatData format = cell.getDataFormatData();
        if (format != null && format.getIndex() != null
                && DateUtils.isADateFormat(format.getIndex(), format.getFormat())
                && DateUtils.isValidExcelDate(value.doubleValue())) {
            return DateUtils.getLocalDate(value.doubleValue(), false).toString();
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
