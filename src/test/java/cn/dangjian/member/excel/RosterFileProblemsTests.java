package cn.dangjian.member.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A roster file that cannot be read is refused in plain words: what is wrong with it, never a library message or path. */
class RosterFileProblemsTests {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        Path file = dir.resolve("upload-" + System.nanoTime() + ".xlsx");
        Files.write(file, content);
        return file;
    }

    private void refused(byte[] content, String message) throws IOException {
        Path file = file(content);
        assertThatThrownBy(() -> RosterReader.read(file, 100, total -> { }, rows -> { }))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining(dir.toString())
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("cn.idev");
    }

    @Test
    void textIsNotAnExcelFile() throws IOException {
        refused("姓名,身份证号\n张三,110101199003071234".getBytes(StandardCharsets.UTF_8),
                "文件不是有效的 Excel（.xlsx）文件");
        refused(new byte[0], "文件不是有效的 Excel（.xlsx）文件");
    }

    @Test
    void anOldOrPasswordProtectedWorkbookIsToldSo() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0};
        refused(ole2, "旧版 Excel（.xls）格式或设置了密码");
    }

    @Test
    void aDamagedWorkbookIsToldSo() throws IOException {
        byte[] workbook = RosterFiles.workbook(List.of(RosterFiles.row("张三", "x", "第一支部")));
        byte[] truncated = java.util.Arrays.copyOf(workbook, workbook.length / 3);
        refused(truncated, "文件已损坏或不是 Excel（.xlsx）工作簿");
    }

    @Test
    void aWorkbookWithoutTheHeaderRowSaysTheFirstRowShouldBeIt() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        cn.idev.excel.FastExcel.write(out).sheet("名册").doWrite(List.of(List.of("张三", "110101199003071234", "第一支部")));
        refused(out.toByteArray(), "第一行应为表头");
    }
}
