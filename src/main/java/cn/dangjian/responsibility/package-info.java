/**
 * 责任落实 as the records show it: the 责任清单 a 机关工委 or 机关党委 issues each year (ZR-01/ZR-02), each duty
 * with the records that evidence it and its live status for every organization below, computed from the compliance
 * findings those records open and close; the secretaries' annual 述职评议 (JG-14, KH-01, ZR-03), whose material is
 * drafted from the year's records and whose problems become rectification items carried into the next year; and the
 * assessment indicators a 工委 may choose — only outcomes derived from records (ZR-07), never online time, study
 * hours, check-ins, points or counts of photos and ledgers (ZR-04, ZR-05). It reads the other modules and writes
 * nothing of theirs except the rectification items of a review, through the duty module's facade.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "life", "dues", "compliance", "duty", "documents", "parameters"})
package cn.dangjian.responsibility;
