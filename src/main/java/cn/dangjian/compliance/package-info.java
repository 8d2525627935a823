/**
 * Regulations as code: the rule catalogue (each rule a small pure class citing its catalogue id and article),
 * the facts the rules read (gathered through other modules' facades by {@link cn.dangjian.compliance.FactProvider}s),
 * the findings they produce — stored with the rule's version and the parameter values used — and the views that
 * show each organization its to-do list and the higher levels where, down the tree, rules are not being met.
 * Rules plug in by implementing {@link cn.dangjian.compliance.ComplianceRule} and
 * {@link cn.dangjian.compliance.FactProvider}. The rules live here and read other modules only through their
 * facades, as the organization, member and life rules do; so do the 发展党员 rules (FZ-03 … FZ-25), which read the
 * open cases' deadlines from {@link cn.dangjian.recruitment.Recruitment} — recruitment computes when each step is
 * due under the 细则 of the case, compliance decides what is late and keeps the findings. The 党费 rules (DF-07 …
 * DF-22) read each organization's arrears, assessments, remittances, large voluntary payments and ended reductions
 * from {@link cn.dangjian.dues.DuesQueries}, and the dues module's parameters they depend on are declared there;
 * the transfer rules (JY-09, ZJ-04) read the steps waiting and the letters unanswered from
 * {@link cn.dangjian.transfer.TransferQueries}, which applies its own step limit.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "member", "life", "life::schedule", "parameters", "recruitment",
                "dues", "transfer", "duty"})
package cn.dangjian.compliance;
