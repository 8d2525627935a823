package cn.dangjian.member.excel;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a roster sheet as text, cell by cell (dates already as yyyy-MM-dd when the cell was a
 * real Excel date). {@code rowNumber} is the row as Excel shows it: the header is row 1.
 */
public record RosterRow(int rowNumber, Map<RosterColumns, String> cells) {

    public RosterRow {
        cells = cells.isEmpty() ? new EnumMap<>(RosterColumns.class) : new EnumMap<>(cells);
    }

    /** The stripped cell text, or null when blank. */
    public String get(RosterColumns column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
