package cn.dangjian.dues.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.shared.PostedForm;
import org.springframework.util.MultiValueMap;

/**
 * What a dues form posted ({@link PostedForm}), with the readers only dues forms need: repeated months and a yes/no
 * that must be answered.
 */
final class DuesInput extends PostedForm {

    DuesInput(MultiValueMap<String, String> params) {
        super(params);
    }

    /** Every value of a repeated month field (checkboxes), in order, each once. */
    List<YearMonth> months(String name, String label) {
        List<YearMonth> months = new ArrayList<>();
        for (String value : all(name)) {
            YearMonth month = parseMonth(value);
            if (month == null) {
                problem(name, label, "“" + value + "”不是有效月份（yyyy-MM）");
            } else if (!months.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }

    /** A yes/no radio that must be answered. */
    Boolean yesNo(String name, String label) {
        String value = text(name);
        if (value == null) {
            problem(name, label, "请选择");
            return null;
        }
        return "true".equals(value);
    }
}
