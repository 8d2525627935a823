package cn.dangjian.member.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import cn.dangjian.shared.OfficeFile;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.CellDataTypeEnum;
import cn.idev.excel.support.ExcelTypeEnum;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import cn.idev.excel.metadata.data.DataFormatData;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.util.DateUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the first sheet of a roster file row by row (FastExcel's SAX reader: the sheet is never held
 * in memory) and hands the rows on in batches. A missing required column stops the read with a
 * {@link RosterFileException}.
 */
public final class RosterReader {

    private static final Logger log = LoggerFactory.getLogger(RosterReader.class);

    static final String NOT_EXCEL = "文件不是有效的 Excel（.xlsx）文件，请使用下载的模板填写后上传";
    static final String OLD_OR_ENCRYPTED = "文件是旧版 Excel（.xls）格式或设置了密码，无法读取；"
            + "请用 Excel 或 WPS 另存为 .xlsx 格式、取消密码后再上传";
    static final String DAMAGED = "文件已损坏或不是 Excel（.xlsx）工作簿，无法读取；请用 Excel 或 WPS 打开确认后另存为 .xlsx 再上传";

    private RosterReader() {
    }

    /** Refuses, in plain words, a file that is not an .xlsx workbook before the reader tries it. */
    private static void requireWorkbook(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (OfficeFile.of(read < head.length ? new byte[0] : head)) {
            case ZIP -> { }
            case OLD_OR_ENCRYPTED -> throw new RosterFileException(OLD_OR_ENCRYPTED);
            case OTHER -> throw new RosterFileException(NOT_EXCEL);
        }
    }

    /**
     * Reads {@code file}; {@code onBatch} receives up to {@code batchSize} rows at a time, {@code onTotal}
     * the approximate number of data rows as soon as the sheet says so. Returns the number of rows read.
     */
    public static int read(Path file, int batchSize, IntConsumer onTotal, Consumer<List<RosterRow>> onBatch) {
        requireWorkbook(file);
        Listener listener = new Listener(batchSize, onTotal, onBatch);
        try {
            FastExcel.read(file.toFile(), listener).excelType(ExcelTypeEnum.XLSX)
                    .readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
                    .ignoreEmptyRow(true).autoTrim(true).sheet(0).headRowNumber(1).doRead();
        } catch (RuntimeException e) {
            if (listener.callbackFailure != null) {
                throw listener.callbackFailure;
            }
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof RosterFileException)) {
                cause = cause.getCause();
            }
            if (cause instanceof RosterFileException r) {
                throw r;
            }
            log.info("名册文件无法读取：{}", e.toString());
            throw new RosterFileException(DAMAGED, e);
        }
        if (!listener.headerSeen) {
            throw new RosterFileException("文件中没有表头（第一行应为表头），请使用下载的模板填写");
        }
        return listener.rows;
    }

    private static final class Listener implements ReadListener<Map<Integer, ReadCellData<?>>> {

        private final int batchSize;
        private final IntConsumer onTotal;
        private final Consumer<List<RosterRow>> onBatch;
        private final Map<Integer, RosterColumns> columns = new HashMap<>();
        private List<RosterRow> batch = new ArrayList<>();
        private boolean headerSeen;
        private int rows;
        /** What the batch consumer threw: passed on to the caller unchanged. */
        private RuntimeException callbackFailure;

        Listener(int batchSize, IntConsumer onTotal, Consumer<List<RosterRow>> onBatch) {
            this.batchSize = batchSize;
            this.onTotal = onTotal;
            this.onBatch = onBatch;
        }

        @Override
        public void invokeHead(Map<Integer, ReadCellData<?>> head, AnalysisContext context) {
            headerSeen = true;
            head.forEach((index, cell) -> {
                RosterColumns column = RosterColumns.byHeader(text(cell));
                if (column != null && !columns.containsValue(column)) {
                    columns.put(index, column);
                }
            });
            List<String> missing = java.util.Arrays.stream(RosterColumns.values())
                    .filter(c -> c.required() && !columns.containsValue(c)).map(c -> "“" + c.header() + "”").toList();
            if (!missing.isEmpty()) {
                throw new RosterFileException("第一行应为表头，现缺少" + String.join("、", missing) + "列，请使用下载的模板填写");
            }
            Integer approximate = context.readSheetHolder().getApproximateTotalRowNumber();
            if (approximate != null && approximate > 1) {
                onTotal.accept(approximate - 1);
            }
        }

        @Override
        public void invoke(Map<Integer, ReadCellData<?>> row, AnalysisContext context) {
            Map<RosterColumns, String> cells = new EnumMap<>(RosterColumns.class);
            row.forEach((index, cell) -> {
                RosterColumns column = columns.get(index);
                if (column != null) {
                    String value = RosterRow.bounded(column, text(cell));
                    if (value != null) {
                        cells.put(column, value);
                    }
                }
            });
            if (cells.isEmpty()) {
                return;
            }
            rows++;
            batch.add(new RosterRow(context.readRowHolder().getRowIndex() + 1, cells));
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void doAfterAllAnalysed(AnalysisContext context) {
            flush();
        }

        @Override
        public void onException(Exception exception, AnalysisContext context) throws Exception {
            throw callbackFailure != null || exception instanceof RosterFileException
                    || exception instanceof ExcelAnalysisStopException ? exception : unreadableRow(exception, context);
        }

        /** A row the reader chokes on, named by its number; the library's words go to the log only. */
        private static RosterFileException unreadableRow(Exception exception, AnalysisContext context) {
            log.info("名册第{}行无法读取：{}", context.readRowHolder() == null ? "?"
                    : context.readRowHolder().getRowIndex() + 1, exception.toString());
            return new RosterFileException(context.readRowHolder() == null ? DAMAGED
                    : "第" + (context.readRowHolder().getRowIndex() + 1) + "行无法读取（单元格内容或格式异常），"
                    + "请检查该行后重新上传", exception);
        }

        private void flush() {
            if (!batch.isEmpty()) {
                List<RosterRow> full = batch;
                batch = new ArrayList<>();
                try {
                    onBatch.accept(full);
                } catch (RuntimeException e) {
                    callbackFailure = e;
                    throw e;
                }
            }
        }
    }

    /** A cell as text: real date cells become yyyy-MM-dd, numbers lose a trailing “.0”, booleans become 是/否. */
    static String text(ReadCellData<?> cell) {
        if (cell == null || cell.getType() == null) {
            return null;
        }
        CellDataTypeEnum type = cell.getType();
        return switch (type) {
            case STRING, DIRECT_STRING, RICH_TEXT_STRING, ERROR -> cell.getStringValue();
            case BOOLEAN -> cell.getBooleanValue() == null ? null : cell.getBooleanValue() ? "是" : "否";
            case NUMBER, DATE -> number(cell);
            case EMPTY -> null;
        };
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
