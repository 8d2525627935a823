package cn.dangjian.duty;

import cn.dangjian.shared.CodedValue;

/** What kind of inspection the feedback came from (ZG-01), or the 述职评议 whose problems are rectified the same way. */
public enum InspectionKind implements CodedValue {
    TOUR("1", "巡视"),
    CIRCUIT("2", "巡察"),
    SPECIAL("3", "专项检查"),
    /** Problems raised at a secretary's 述职评议 (ZR-03), recorded by the reviewing organization, not the inspected one. */
    REVIEW("4", "述职评议");

    /** The kinds the inspected organization records itself. */
    public static java.util.List<InspectionKind> recorded() {
        return java.util.List.of(TOUR, CIRCUIT, SPECIAL);
    }

    private final String code;
    private final String label;

    InspectionKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
