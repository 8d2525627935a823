/**
 * Regulations as code: the rule catalogue (each rule a small pure class citing its catalogue id and article),
 * the facts the rules read (gathered through other modules' facades by {@link cn.dangjian.compliance.FactProvider}s),
 * the findings they produce — stored with the rule's version and the parameter values used — and the views that
 * show each organization its to-do list and the higher levels where, down the tree, rules are not being met.
 * Later modules (dues, recruitment, education) add their rules and fact providers by implementing
 * {@link cn.dangjian.compliance.ComplianceRule} and {@link cn.dangjian.compliance.FactProvider}; compliance never
 * depends on them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "member", "life", "life::schedule", "parameters"})
package cn.dangjian.compliance;
