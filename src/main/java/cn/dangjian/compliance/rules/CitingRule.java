package cn.dangjian.compliance.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.RuleCategory;

/**
 * What the 评议与谈心, vote-quorum and 党员管理 rules state about themselves (code, catalogue id, article, version,
 * category, title), and the helpers their findings share: the citation in a message and the facts as ordered
 * label → value pairs.
 */
abstract class CitingRule implements ComplianceRule {

    static final String BRANCH_REGULATION = "《中国共产党支部工作条例（试行）》";
    static final String EDUCATION_REGULATION = "《中国共产党党员教育管理工作条例》";
    static final String ORGAN_REGULATION = "《中国共产党党和国家机关基层组织工作条例》";

    private final String code;
    private final String ruleId;
    private final String article;
    private final int version;
    private final RuleCategory category;
    private final String title;

    CitingRule(String code, String ruleId, String article, int version, RuleCategory category, String title) {
        this.code = code;
        this.ruleId = ruleId;
        this.article = article;
        this.version = version;
        this.category = category;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public RuleCategory category() {
        return category;
    }

    @Override
    public String title() {
        return title;
    }

    /** 「（JY-12，《…》第三十一条：…）」: the rule id, the article and what it says. */
    String cite(String gist) {
        return "（" + ruleId + "，" + article + "：" + gist + "）";
    }

    /** Label → value pairs in the order given. */
    static Map<String, String> shown(Object... labelsAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            facts.put(String.valueOf(labelsAndValues[i]), String.valueOf(labelsAndValues[i + 1]));
        }
        return facts;
    }

    /** The member's page, where a status change (停止党籍, 出党 …) is recorded. */
    static String memberPage(long memberId) {
        return "/members/" + memberId;
    }
}
