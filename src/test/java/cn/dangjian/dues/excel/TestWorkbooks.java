package cn.dangjian.dues.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small .xlsx files for the import tests, and generated sheets read back as text the way Excel shows them. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A workbook whose first sheet holds {@code rows}: String, Number or {@code null} cells. */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet("明细");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    public static byte[] xlsx(List<Object>... rows) {
        return xlsx(List.of(rows));
    }

    /** Every row of the first sheet as Excel displays its cells (amounts with their two decimals). */
    public static List<List<String>> read(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole first sheet as one text, for “contains” checks. */
    public static String text(byte[] xlsx) {
        return String.join("\n", read(xlsx).stream().map(r -> String.join("|", r)).toList());
    }
}
