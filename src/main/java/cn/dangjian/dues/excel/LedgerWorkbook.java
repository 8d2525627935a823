package cn.dangjian.dues.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.Fen;
import cn.dangjian.shared.Texts;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A ledger as an Excel sheet laid out for printing: a title and a line under it across the table, the column
 * headers, one row per line, a totals row, and lines below for signatures. Amounts ({@link Fen}) are number cells
 * shown with two decimals, so the sheet can still be summed; text is cut to what a cell holds.
 */
public final class LedgerWorkbook {

    private final String title;
    private final String subtitle;
    private final List<String> headers = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Object> totals;
    private final List<String> footer = new ArrayList<>();
    private boolean landscape;

    private LedgerWorkbook(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public static LedgerWorkbook titled(String title, String subtitle) {
        return new LedgerWorkbook(title, subtitle);
    }

    /** A column with its header and width in characters. */
    public LedgerWorkbook column(String header, int width) {
        headers.add(header);
        widths.add(width);
        return this;
    }

    public LedgerWorkbook landscape() {
        landscape = true;
        return this;
    }

    /** One line: String, Number or {@link Fen} cells ({@code null} is empty). */
    public LedgerWorkbook row(List<?> cells) {
        rows.add(new ArrayList<>(cells));
        return this;
    }

    public LedgerWorkbook totals(List<?> cells) {
        totals = new ArrayList<>(cells);
        return this;
    }

    /** A line of text below the table, e.g. the signatures. */
    public LedgerWorkbook footer(String line) {
        footer.add(line);
        return this;
    }

    public byte[] write() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName(title));
            Styles styles = new Styles(book);
            int last = Math.max(headers.size() - 1, 0);
            int r = 0;
            r = banner(sheet, r, last, title, styles.title, 28);
            if (subtitle != null && !subtitle.isBlank()) {
                r = banner(sheet, r, last, subtitle, styles.subtitle, 20);
            }
            Row head = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                put(head.createCell(i), headers.get(i), styles.header, styles);
                sheet.setColumnWidth(i, Math.min(widths.get(i), 60) * 256 + 200);
            }
            int headerRow = r - 1;
            for (List<Object> line : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < headers.size(); i++) {
                    put(row.createCell(i), i < line.size() ? line.get(i) : null, styles.body, styles);
                }
            }
            if (totals != null) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < headers.size(); i++) {
                    put(row.createCell(i), i < totals.size() ? totals.get(i) : null, styles.total, styles);
                }
            }
            r++;
            for (String line : footer) {
                r = banner(sheet, r, last, line, styles.plain, 22);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(landscape);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int banner(Sheet sheet, int r, int last, String text, CellStyle style, float height) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellValue(Texts.cell(text));
        cell.setCellStyle(style);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        return r + 1;
    }

    private static void put(Cell cell, Object value, CellStyle style, Styles styles) {
        if (value instanceof Fen fen) {
            // a spreadsheet keeps every number as a binary double; amounts of at most 10 digits in 分 convert
            // exactly to the nearest representable value and show as written with the 0.00 format
            cell.setCellValue(fen.yuan().doubleValue());
            cell.setCellStyle(style == styles.total ? styles.totalMoney : styles.money);
            return;
        }
        cell.setCellStyle(style);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(Texts.cell(value.toString()));
        }
    }

    private static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", "");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle body;
        final CellStyle money;
        final CellStyle total;
        final CellStyle totalMoney;
        final CellStyle plain;

        Styles(SXSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = book.createFont();
            bold.setBold(true);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = book.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            plain = book.createCellStyle();
            header = bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            body = bordered(book);
            body.setWrapText(true);
            money = bordered(book);
            money.setDataFormat(book.createDataFormat().getFormat("0.00"));
            money.setAlignment(HorizontalAlignment.RIGHT);
            total = bordered(book);
            total.setFont(bold);
            totalMoney = bordered(book);
            totalMoney.setFont(bold);
            totalMoney.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }

        private static CellStyle bordered(SXSSFWorkbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
