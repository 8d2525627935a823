package cn.dangjian.dues.excel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a payroll export the 核定 import reads, found by their headers: 姓名 (required), 身份证号, 人员类别,
 * and the after-tax monthly income that is the base (DF-01: 税后; DF-05: the pension) — never 应发 (before tax).
 */
public enum BaseColumn {
    NAME("姓名", true, List.of("姓名", "党员姓名", "职工姓名", "员工姓名", "人员姓名")),
    CITIZEN_ID("身份证号", false, List.of("身份证号", "身份证号码", "公民身份号码", "证件号码", "证件号")),
    CATEGORY("人员类别", false, List.of("人员类别", "党费人员类别", "人员类型", "类别")),
    BASE("计算基数", true, List.of("税后计算基数", "计算基数", "党费计算基数", "月工资收入", "税后工资", "税后月工资",
            "税后收入", "月收入", "实发工资", "实发金额", "离退休费", "退休费", "养老金"));

    private final String label;
    private final boolean required;
    private final List<String> headers;

    BaseColumn(String label, boolean required, List<String> headers) {
        this.label = label;
        this.required = required;
        this.headers = headers;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** Which column holds what, by header (the first synonym found wins; a 应发/税前 column is never the base). */
    public static Map<BaseColumn, Integer> find(List<String> headers) {
        Map<BaseColumn, Integer> found = new EnumMap<>(BaseColumn.class);
        for (BaseColumn column : values()) {
            for (String synonym : column.headers) {
                for (int i = 0; i < headers.size() && !found.containsKey(column); i++) {
                    String h = ImportValues.header(headers.get(i));
                    if (h.equals(synonym) && !h.contains("应发") && !h.contains("税前")) {
                        found.put(column, i);
                    }
                }
            }
        }
        return found;
    }

    /** A row that has a 姓名 header: the header of a payroll export, below any title. */
    public static boolean isHeader(List<String> cells) {
        return find(cells).containsKey(NAME);
    }
}
