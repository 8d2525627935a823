package cn.dangjian.member;

/** One problem of one cell of an imported roster, as the user sees it in Excel (the header is row 1). */
public record ImportProblem(int rowNumber, String column, String message) {

    /** “第12行 身份证号：校验位错误”. */
    public String describe() {
        return "第" + rowNumber + "行 " + column + "：" + message;
    }
}
