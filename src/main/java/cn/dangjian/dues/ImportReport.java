package cn.dangjian.dues;

import java.util.List;
import java.util.UUID;

/**
 * What an import of a payroll or payment export would do (a preview: {@code done} false, nothing stored) or did
 * ({@code done} true): one line per row of the file with its row number, the name, the result and a message naming
 * the field at fault; {@code written} and {@code skipped} count what the confirmed import stored and left alone.
 */
public record ImportReport(UUID id, String fileName, long orgId, String orgName, Integer year, List<Line> lines,
                           boolean done, int written, int skipped) {

    public static final String READY = "可导入";
    public static final String ERROR = "有错误";
    public static final String IMPORTED = "已导入";
    public static final String ALREADY = "已导入（跳过）";
    public static final String SAME = "与已核定一致（跳过）";

    public ImportReport {
        lines = List.copyOf(lines);
    }

    /** One row of the file: {@code ok} when it is (or was) imported or safely skipped. */
    public record Line(int row, String name, String result, String message, boolean ok) {

        public boolean error() {
            return !ok;
        }
    }

    public long ready() {
        return lines.stream().filter(l -> l.result().equals(READY) || l.result().equals(IMPORTED)).count();
    }

    public long errors() {
        return lines.stream().filter(Line::error).count();
    }

    public long alreadyThere() {
        return lines.stream().filter(l -> l.ok() && !l.result().equals(READY) && !l.result().equals(IMPORTED)).count();
    }
}
