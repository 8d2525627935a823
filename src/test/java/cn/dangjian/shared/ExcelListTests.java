package cn.dangjian.shared;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.LongStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The list export: every page of the list under Chinese headers, capped with a line that says so. */
class ExcelListTests {

    @Test
    void writesEveryPageUnderChineseHeaders() throws Exception {
        Sheet sheet = sheet(ExcelList.<Long>titled("测试").column("编号", n -> n).column("名称", n -> "第" + n + "条")
                .write(p -> page(p, 1_234)));
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
        assertThat(sheet.getLastRowNum()).isEqualTo(1_234);
        assertThat(sheet.getRow(1_234).getCell(1).getStringCellValue()).isEqualTo("第1234条");
    }

    @Test
    void stopsAtTheCapAndSaysHowManyWereLeftOut() throws Exception {
        Sheet sheet = sheet(ExcelList.<Long>titled("测试").column("编号", n -> n).write(p -> page(p, 60_000)));
        assertThat(sheet.getLastRowNum()).isEqualTo(ExcelList.MAX_ROWS + 1);
        assertThat(sheet.getRow(ExcelList.MAX_ROWS).getCell(0).getNumericCellValue()).isEqualTo(ExcelList.MAX_ROWS);
        assertThat(sheet.getRow(ExcelList.MAX_ROWS + 1).getCell(0).getStringCellValue())
                .isEqualTo("仅导出前50000条（共60000条），请缩小筛选范围后分批导出");
    }

    private static PageResult<Long> page(PageRequest p, long total) {
        List<Long> items = LongStream.rangeClosed(p.offset() + 1, Math.min(total, p.offset() + p.size())).boxed().toList();
        return new PageResult<>(items, total, p.page(), p.size());
    }

    private static Sheet sheet(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }
}
