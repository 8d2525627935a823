/**
 * 责任落实: the work that makes responsibility visible down the tree — for now 督查督办 (DB-01…DB-04, "盯住不落实的
 * 事"). A higher organization assigns a task to organizations below it, one of them leading; each assignee's part
 * has its own deadline, progress notes, extension requests with their reasons, reminders (催办), and one report —
 * generated from the platform's records where the task asks for data it holds (DB-03, 最多报一次) — which the issuer
 * reviews and closes (对账销号: who, when, on what) or returns with the reason. Nothing here ranks organizations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "life", "dues", "documents", "parameters"})
package cn.dangjian.duty;
