package cn.dangjian.dues.excel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a column of a bank or payment-platform export may hold. Their headers differ from one bank to another, so
 * the user confirms the mapping; {@link #guess} proposes one from the usual headers.
 */
public enum PaymentColumn {
    NAME("姓名", true, List.of("姓名", "党员姓名", "缴费人", "缴费人姓名", "交纳人", "付款人", "付款人姓名", "付款户名", "户名")),
    CITIZEN_ID("身份证号", false, List.of("身份证号", "身份证号码", "证件号码", "证件号")),
    MONTHS("交纳月份", true, List.of("交纳月份", "缴纳月份", "缴费月份", "党费月份", "所属月份", "账期", "月份")),
    AMOUNT("金额", true, List.of("金额", "交纳金额", "缴纳金额", "缴费金额", "实交金额", "实缴金额", "交易金额", "付款金额")),
    PAID_ON("交纳日期", true, List.of("交纳日期", "缴纳日期", "缴费日期", "缴费时间", "交易日期", "交易时间", "支付时间", "付款时间")),
    SERIAL("交易流水号", false, List.of("交易流水号", "流水号", "交易编号", "订单号", "支付订单号", "交易单号")),
    METHOD("交纳方式", false, List.of("交纳方式", "缴纳方式", "缴费方式", "支付方式", "交易类型", "备注", "摘要"));

    private final String label;
    private final boolean required;
    private final List<String> headers;

    PaymentColumn(String label, boolean required, List<String> headers) {
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

    /** The request parameter a mapping form uses for this column, e.g. {@code col_NAME}. */
    public String param() {
        return "col_" + name();
    }

    /** A proposed mapping from the headers: each column the first header it knows, no header used twice. */
    public static Map<PaymentColumn, Integer> guess(List<String> headers) {
        Map<PaymentColumn, Integer> found = new EnumMap<>(PaymentColumn.class);
        for (PaymentColumn column : values()) {
            for (String synonym : column.headers) {
                for (int i = 0; i < headers.size() && !found.containsKey(column); i++) {
                    if (ImportValues.header(headers.get(i)).equals(synonym) && !found.containsValue(i)) {
                        found.put(column, i);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A header row: one with a 姓名 column as exports usually name it, or else the first row of at least three
     * cells none of which is a number or a date (a title row has one cell).
     */
    public static boolean isHeader(List<String> cells) {
        if (guess(cells).containsKey(NAME)) {
            return true;
        }
        List<String> texts = cells.stream().filter(java.util.Objects::nonNull).toList();
        return texts.size() >= 3 && texts.stream().noneMatch(t -> t.matches("[\\d.,:/ -]+"));
    }
}
