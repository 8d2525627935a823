package cn.dangjian.dues.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dangjian.dues.DuesCategory;
import cn.dangjian.shared.CitizenId;
import cn.dangjian.shared.Fen;

/**
 * One row of a payroll export as the 核定 import reads it: the row number, the name, the 身份证号 if the file has
 * one, the 人员类别 if given (else the previous year's is used), the base as written, and what is wrong with the
 * row on its own, each message naming the field.
 */
public record BaseLine(int row, String name, String citizenId, DuesCategory category, String base, List<String> problems) {

    public BaseLine {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The rows of {@code sheet}; a missing 姓名 or base column refuses the whole file. */
    public static List<BaseLine> read(UploadedSheet sheet) {
        Map<BaseColumn, Integer> columns = BaseColumn.find(sheet.headers());
        List<String> missing = java.util.Arrays.stream(BaseColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c)).map(c -> "“" + c.label() + "”").toList();
        if (!missing.isEmpty()) {
            throw new SheetFileException("第" + sheet.headerRow() + "行表头中没有" + String.join("、", missing)
                    + "列；计算基数列的表头可为“税后工资”“月工资收入”“计算基数”“离退休费”等（应为税后收入，DF-01）");
        }
        List<BaseLine> lines = new ArrayList<>();
        for (UploadedSheet.Row r : sheet.rows()) {
            List<String> problems = new ArrayList<>();
            String name = r.cell(columns.get(BaseColumn.NAME));
            if (name == null) {
                problems.add("姓名：不能为空");
            }
            String id = r.cell(columns.get(BaseColumn.CITIZEN_ID));
            if (id != null && CitizenId.problemOf(id).isPresent()) {
                problems.add("身份证号：" + CitizenId.problemOf(id).get());
                id = null;
            }
            String categoryText = r.cell(columns.get(BaseColumn.CATEGORY));
            DuesCategory category = ImportValues.category(categoryText).orElse(null);
            if (categoryText != null && category == null) {
                problems.add("人员类别：无法识别“" + categoryText + "”，应写明如“机关公务员”“事业单位”“离退休人员”“学生”");
            }
            String base = r.cell(columns.get(BaseColumn.BASE));
            boolean fixed = category != null && !category.needsBase();
            if (base == null && !fixed) {
                problems.add("计算基数：不能为空");
            } else if (base != null && Fen.problemOf(base).isPresent()) {
                problems.add("计算基数：" + Fen.problemOf(base).get());
            }
            lines.add(new BaseLine(r.number(), name, id, category, fixed ? null : base, problems));
        }
        return lines;
    }
}
