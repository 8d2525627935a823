package cn.dangjian.shared;

/** What is wrong with one input field: its identifier, its Chinese label and the message. */
public record FieldProblem(String field, String label, String message) {

    /** “身份证号：校验位错误”. */
    public String describe() {
        return label + "：" + message;
    }
}
