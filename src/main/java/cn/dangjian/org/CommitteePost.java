package cn.dangjian.org;

import cn.dangjian.shared.CodedValue;

/**
 * 职务 on a committee (ZB-17, JG-03..05), and the 党小组组长. A 机关党委's 机关纪委 (JG-05) is recorded by its
 * 纪委书记 on the 党委's term: the 条例 has the 纪委书记 be a 副书记 of the 党委, so that person is listed twice.
 */
public enum CommitteePost implements CodedValue {
    SECRETARY("1", "书记"),
    DEPUTY_SECRETARY("2", "副书记"),
    ORGANIZATION_MEMBER("3", "组织委员"),
    PUBLICITY_MEMBER("4", "宣传委员"),
    DISCIPLINE_MEMBER("5", "纪检委员"),
    YOUTH_MEMBER("6", "青年委员"),
    WOMEN_MEMBER("7", "妇女委员"),
    MEMBER("8", "委员"),
    GROUP_LEADER("9", "党小组组长"),
    DISCIPLINE_SECRETARY("10", "纪委书记");

    private final String code;
    private final String label;

    CommitteePost(String code, String label) {
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
