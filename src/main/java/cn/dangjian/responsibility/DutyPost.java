package cn.dangjian.responsibility;

import cn.dangjian.shared.CodedValue;

/** Who carries a duty in the organization: the organization itself, or a post of its committee (一岗双责, JG-11). */
public enum DutyPost implements CodedValue {
    ORGANIZATION("1", "党组织"),
    SECRETARY("2", "书记（第一责任人）"),
    DEPUTY("3", "副书记"),
    MEMBER("4", "委员（一岗双责）");

    private final String code;
    private final String label;

    DutyPost(String code, String label) {
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
