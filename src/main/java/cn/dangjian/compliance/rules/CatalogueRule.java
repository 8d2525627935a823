package cn.dangjian.compliance.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.dangjian.compliance.ComplianceRule;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.org.OrgUnitRef;

/**
 * What every rule of this package states about itself (code, catalogue id, article, version, category, title),
 * and the few helpers their findings share: the citation in a message, the facts as ordered label → value pairs,
 * and the pages where a finding is fixed.
 */
abstract class CatalogueRule implements ComplianceRule {

    static final String BRANCH_RULES = "《中国共产党支部工作条例（试行）》";
    static final String ORGAN_RULES = "《中国共产党党和国家机关基层组织工作条例》";
    static final String ELECTION_RULES = "《中国共产党基层组织选举工作条例》";
    static final String EDUCATION_RULES = "《中国共产党党员教育管理工作条例》";
    static final String RECRUITMENT_RULES = "《中国共产党发展党员工作细则》";
    static final String DUES_RULES = "《关于中国共产党党费收缴、使用和管理的规定》";
    static final String ORGAN_DUES_RULES = "《中央和国家机关基层党组织党费收缴、使用和管理办法》";

    private final String code;
    private final String ruleId;
    private final String article;
    private final int version;
    private final RuleCategory category;
    private final String title;

    CatalogueRule(String code, String ruleId, String article, int version, RuleCategory category, String title) {
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

    /** 「（ZB-02，《…》第四条：一般不超过50人）」: the rule id, the article and what it says. */
    String cite(String gist) {
        return "（" + ruleId + "，" + article + "：" + gist + "）";
    }

    /** Label → value pairs in the order given, e.g. {@code facts("正式党员", 2, "预备党员", 3)}. */
    static Map<String, String> facts(Object... labelsAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            facts.put(String.valueOf(labelsAndValues[i]), String.valueOf(labelsAndValues[i + 1]));
        }
        return facts;
    }

    /** The organization's page: its members, sub-organizations, move and dissolve. */
    static String orgPage(OrgUnitRef org) {
        return "/orgs/" + org.id();
    }

    /** The organization's edit form (its type, unit). */
    static String editPage(OrgUnitRef org) {
        return "/orgs/" + org.id() + "/edit";
    }

    /** The form recording a new term (换届, 补选) with its posts. */
    static String termPage(OrgUnitRef org) {
        return "/orgs/" + org.id() + "/terms/new";
    }

    /** The member's page, where a status change (停止党籍, 出党 …) is recorded. */
    static String memberPage(long memberId) {
        return "/members/" + memberId;
    }

    /** The transfer's page, where its step is taken or its 回执 recorded. */
    static String transferPage(long transferId) {
        return "/transfers/" + transferId;
    }

    /** The page of a letter from outside the platform, where its 回执 is printed and recorded as sent. */
    static String incomingLetterPage(long letterId) {
        return "/transfers/incoming/" + letterId;
    }

    /** The page of a 流动党员 entry, where contacts are recorded and the entry is ended. */
    static String mobilePage(long entryId) {
        return "/mobile-members/" + entryId;
    }

    /** The 发展党员 case's page, where its next step is recorded. */
    static String recruitmentCasePage(long caseId) {
        return "/recruitment/cases/" + caseId;
    }
}
