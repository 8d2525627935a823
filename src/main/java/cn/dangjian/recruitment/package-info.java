/**
 * 发展党员: each recruitment case from the application to 转正, step by step through the five stages of the
 * 《中国共产党发展党员工作细则》 (FZ-01..FZ-25). Every step is recorded once with its date, the people involved and
 * its result; its order and time window are checked against the 细则 in force when the case was opened
 * ({@link cn.dangjian.recruitment.RuleVersion}), and a step outside a window that the rules allow to be exceeded is
 * accepted only with a written justification the higher organization sees. The branch assembly's vote is
 * recorded as a 支部党员大会 in the life module, one secret ballot per candidate (FZ-13/FZ-14); approval by the
 * 党委 (never a 总支, FZ-16) makes the person a 预备党员 in the member module, and 转正 a full member. A case's
 * documents — 入党积极分子培养考察登记表, 发展对象公示, 支部党员大会决议 (FZ-15) and 全程纪实表 — are generated from the
 * recorded steps through the documents module ({@link cn.dangjian.recruitment.CaseDocuments}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "member", "life", "calendar", "parameters", "documents"})
package cn.dangjian.recruitment;
