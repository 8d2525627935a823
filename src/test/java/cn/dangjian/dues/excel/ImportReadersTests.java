package cn.dangjian.dues.excel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.DuesCategory;
import cn.dangjian.shared.Fen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading payroll and bank exports: the header found below a title, columns found by their headers, each row's
 * problems naming the field, 垫交/扣缴 refused citing DF-14, and files refused as a whole in plain words.
 */
class ImportReadersTests {

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void thePayrollHeaderIsFoundBelowATitleAndTheBaseIsTheAfterTaxColumn() {
        byte[] file = TestWorkbooks.xlsx(
                row("某某局2026年1月工资表"),
                row(),
                row("序号", "姓名", "应发工资", "税后工资（元）", "人员类别", "身份证号"),
                row(1, "张建国", 6500, 4800, "公务员", null),
                row(2, "李秀英", 5800, 5000.01, "退休", null),
                row(3, null, 1, 2, null, null),
                row(4, "王志强", 1, "4800.123", "在职", null),
                row(5, "刘海燕", 1, null, "学生", "110101199003071234"));
        UploadedSheet sheet = UploadedSheet.read(file, BaseColumn::isHeader);
        assertThat(sheet.headerRow()).isEqualTo(3);
        List<BaseLine> lines = BaseLine.read(sheet);
        assertThat(lines).extracting(BaseLine::row).containsExactly(4, 5, 6, 7, 8);
        assertThat(lines.get(0).base()).isEqualTo("4800");
        assertThat(lines.get(0).category()).isEqualTo(DuesCategory.CIVIL_SERVANT);
        assertThat(lines.get(1).base()).isEqualTo("5000.01");
        assertThat(lines.get(1).category()).isEqualTo(DuesCategory.RETIRED);
        assertThat(lines.get(2).problems()).containsExactly("姓名：不能为空");
        assertThat(lines.get(3).problems()).anyMatch(p -> p.startsWith("人员类别：无法识别“在职”"))
                .anyMatch(p -> p.startsWith("计算基数：") && p.contains("最多两位小数"));
        assertThat(lines.get(4).problems()).anyMatch(p -> p.startsWith("身份证号："));
        assertThat(lines.get(4).base()).as("a student pays the fixed 0.2元 (DF-06): no base needed").isNull();
    }

    @Test
    void aPayrollWithoutAnAfterTaxColumnIsRefusedNamingTheColumn() {
        UploadedSheet sheet = UploadedSheet.read(TestWorkbooks.xlsx(row("姓名", "应发工资"), row("张建国", 6500)),
                BaseColumn::isHeader);
        assertThatThrownBy(() -> BaseLine.read(sheet)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("“计算基数”").hasMessageContaining("DF-01");
    }

    @Test
    void paymentRowsAreReadThroughTheChosenColumnsAndTheirProblemsNameTheField() {
        byte[] file = TestWorkbooks.xlsx(
                row("户名", "账期", "交易金额", "交易时间", "流水号", "摘要"),
                row("张建国", "2026年3月", "48.00", "2026-03-05 10:22:33", "T001", "党费"),
                row("李秀英", "202601-202603", 150, "2026/3/6", null, null),
                row("王志强", "三月", "-5", "昨天", null, "单位垫交"),
                row("刘海燕", "2026-03", "10.00", "2026-03-05", null, "工资代扣"),
                row("陈晓东", "2026-03", "10.00", "2026-03-05", null, "委托爱人代交"));
        UploadedSheet sheet = UploadedSheet.read(file, PaymentColumn::isHeader);
        Map<PaymentColumn, Integer> guessed = PaymentColumn.guess(sheet.headers());
        assertThat(guessed).containsEntry(PaymentColumn.NAME, 0).containsEntry(PaymentColumn.MONTHS, 1)
                .containsEntry(PaymentColumn.AMOUNT, 2).containsEntry(PaymentColumn.PAID_ON, 3)
                .containsEntry(PaymentColumn.SERIAL, 4).containsEntry(PaymentColumn.METHOD, 5);
        List<PaymentEntry> entries = PaymentEntry.read(sheet, guessed);

        PaymentEntry first = entries.get(0);
        assertThat(first.valid()).isTrue();
        assertThat(first.months()).containsExactly(YearMonth.of(2026, 3));
        assertThat(first.amount()).isEqualTo(Fen.of(4800));
        assertThat(first.paidOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(entries.get(1).months()).hasSize(3);
        assertThat(entries.get(1).amount()).hasToString("150.00");

        assertThat(entries.get(2).problems()).anyMatch(p -> p.startsWith("交纳月份：无法识别“三月”"))
                .anyMatch(p -> p.startsWith("金额：不能为负数")).anyMatch(p -> p.startsWith("交纳日期：无法识别“昨天”"))
                .anyMatch(p -> p.startsWith("交纳方式：") && p.contains("DF-14"));
        assertThat(entries.get(3).problems()).singleElement().asString().startsWith("交纳方式：").contains("DF-14");
        assertThat(entries.get(4).problems()).singleElement().asString().contains("代交人姓名");
    }

    @Test
    void theImportKeyIsTheTransactionNumberWhenThereIsOneElseTheRowItself() {
        PaymentEntry withSerial = new PaymentEntry(2, "张建国", null, List.of(YearMonth.of(2026, 3)), Fen.of(4800),
                LocalDate.of(2026, 3, 5), "T001", null, List.of());
        PaymentEntry sameSerialOtherRow = new PaymentEntry(9, "张建国", null, List.of(YearMonth.of(2026, 3)), Fen.of(4800),
                LocalDate.of(2026, 3, 6), "T001", null, List.of());
        PaymentEntry noSerial = new PaymentEntry(2, "张建国", null, List.of(YearMonth.of(2026, 3)), Fen.of(4800),
                LocalDate.of(2026, 3, 5), null, null, List.of());
        PaymentEntry otherDay = new PaymentEntry(2, "张建国", null, List.of(YearMonth.of(2026, 3)), Fen.of(4800),
                LocalDate.of(2026, 3, 6), null, null, List.of());
        assertThat(withSerial.importKey(7)).isEqualTo(sameSerialOtherRow.importKey(7)).isNotEqualTo(withSerial.importKey(8));
        assertThat(noSerial.importKey(7)).isNotEqualTo(otherDay.importKey(7)).isNotEqualTo(noSerial.importKey(8))
                .isEqualTo(noSerial.importKey(7)).doesNotContain("张建国");
    }

    @Test
    void filesThatAreNotXlsxOrTooLargeAreRefusedInPlainWords() {
        assertThatThrownBy(() -> UploadedSheet.read("姓名,金额".getBytes(), PaymentColumn::isHeader))
                .isInstanceOf(SheetFileException.class).hasMessageContaining(".xlsx");
        byte[] old = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> UploadedSheet.read(old, PaymentColumn::isHeader)).hasMessageContaining("旧版 Excel（.xls）");
        byte[] big = new byte[UploadedSheet.MAX_BYTES + 1];
        big[0] = 0x50;
        big[1] = 0x4B;
        big[2] = 0x03;
        big[3] = 0x04;
        assertThatThrownBy(() -> UploadedSheet.read(big, PaymentColumn::isHeader)).hasMessageContaining("超过5MB");
        assertThatThrownBy(() -> UploadedSheet.read(TestWorkbooks.xlsx(row("2026年工资表"), row(1, 2, 3)),
                BaseColumn::isHeader)).hasMessageContaining("没有找到表头");
    }

    @Test
    void moreThanTwentyThousandRowsAreRefusedAsAWhole() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("姓名", "金额", "交纳月份"));
        for (int i = 0; i <= UploadedSheet.MAX_ROWS; i++) {
            rows.add(row("党员" + i, 1, "2026-03"));
        }
        byte[] file = TestWorkbooks.xlsx(rows);
        assertThatThrownBy(() -> UploadedSheet.read(file, PaymentColumn::isHeader))
                .isInstanceOf(SheetFileException.class).hasMessageContaining("超过20000行");
        assertThat(UploadedSheet.read(TestWorkbooks.xlsx(rows.subList(0, 101)), PaymentColumn::isHeader).rows()).hasSize(100);
    }
}
