package cn.dangjian.member.excel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.enums.CellDataTypeEnum;
import cn.idev.excel.enums.ReadDefaultReturnEnum;
import cn.idev.excel.exception.ExcelAnalysisStopException;
import cn.idev.excel.metadata.data.DataFormatData;
import cn.idev.excel.metadata.data.ReadCellData;
import cn.idev.excel.read.listener.ReadListener;
import cn.idev.excel.util.DateUtils;

/**
 * Streams the first sheet of a roster file row by row (FastExcel's SAX reader: the sheet is never held
 * in memory) and hands the rows on in batches. A missing required column stops the read with a
 * {@link RosterFileException}.
 */
public final class RosterReader {

    private RosterReader() {
    }

    /**
     * Reads {@code file}; {@code onBatch} receives up to {@code batchSize} rows at a time, {@code onTotal}
     * the approximate number of data rows as soon as the sheet says so. Returns the number of rows read.
     */
    public static int read(Path file, int batchSize, IntConsumer onTotal, Consumer<List<RosterRow>> onBatch) {
        Listener listener = new Listener(batchSize, onTotal, onBatch);
        try {
            FastExcel.read(file.toFile(), listener).readDefaultReturn(ReadDefaultReturnEnum.READ_CELL_DATA)
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
            throw new RosterFileException("无法读取该文件，请确认是 Excel（.xlsx）文件且未加密：" + e.getMessage(), e);
        }
        if (!listener.headerSeen) {
            throw new RosterFileException("文件中没有表头，请使用下载的模板填写");
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
                throw new RosterFileException("表头缺少" + String.join("、", missing) + "列，请使用下载的模板填写");
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
                    || exception instanceof ExcelAnalysisStopException ? exception : new RosterFileException("读取第" + (context.readRowHolder() == null ? "?"
                    : context.readRowHolder().getRowIndex() + 1) + "行时出错：" + exception.getMessage(), exception);
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
