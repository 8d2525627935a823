package cn.dangjian.compliance.rules;

import cn.dangjian.compliance.OrgFacts;
import cn.dangjian.compliance.RuleCategory;
import cn.dangjian.transfer.TransferFacts;

/**
 * What the 组织关系转接 rules share: they are 党员管理 rules, and they concern an active organization only while the
 * transfer module reports something open for it (a step waiting, a letter without its 回执).
 */
abstract class TransferRule extends CatalogueRule {

    TransferRule(String code, String ruleId, String article, String title) {
        super("members." + code, ruleId, article, 1, RuleCategory.MEMBERS, title);
    }

    @Override
    public boolean appliesTo(OrgFacts facts) {
        return facts.org().active() && facts.find(TransferFacts.class).isPresent();
    }
}
