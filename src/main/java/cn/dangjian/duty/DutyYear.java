package cn.dangjian.duty;

/**
 * A subtree's supervised tasks and rectification items of one year, counted from the records: the parts of tasks
 * issued in the year that it carries (withdrawn ones left out), closed after review, and still open past their
 * deadline; the items of inspections fed back in the year, closed, and still open past their deadline.
 */
public record DutyYear(int parts, int partsClosed, int partsOverdue, int items, int itemsClosed, int itemsOverdue) {
}
