package cn.dangjian.member;

/** How many members a bulk load added and how many existing ones (same 身份证号) it updated. */
public record BulkLoadResult(int inserted, int updated) {
}
