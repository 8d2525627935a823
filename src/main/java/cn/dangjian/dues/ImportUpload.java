package cn.dangjian.dues;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.dangjian.dues.excel.PaymentColumn;

/**
 * A payment export uploaded and held for the column mapping step: its headers (by column index), the mapping
 * proposed from them, and the first rows, so the person can see which column holds what.
 */
public record ImportUpload(UUID id, String fileName, long orgId, String orgName, int headerRow, List<String> headers,
                           Map<PaymentColumn, Integer> guessed, List<List<String>> sample, int rows) {

    public ImportUpload {
        headers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(headers));
        guessed = Map.copyOf(guessed);
        sample = List.copyOf(sample);
    }

    /** The header of a column, or “第N列” when it has none. */
    public String header(int index) {
        String h = index < headers.size() ? headers.get(index) : null;
        return h == null ? "第" + (index + 1) + "列" : h;
    }
}
