/**
 * 组织关系转接 and 流动党员: a member moves between organizations without being lost, bounced or retyped (JY-09,
 * ZJ-01…ZJ-11). A transfer is one aggregate with explicit states and guarded steps — approvals along the route the
 * deployment requires, acceptance or a return with its recorded reason (refusal without cause is not possible),
 * the 介绍信 and its 回执 for transfers out of the platform — and the sending organization stays responsible until
 * the member is received. Deadlines follow the Civil Code's rules for periods (see {@link TransferDeadlines}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "calendar", "org", "member", "parameters", "dues", "documents"})
package cn.dangjian.transfer;
