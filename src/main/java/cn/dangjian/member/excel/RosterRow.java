package cn.dangjian.member.excel;

import java.util.EnumMap;
import java.util.Map;

import cn.dangjian.shared.Texts;

/**
 * One data row of a roster sheet as text, cell by cell (dates already as yyyy-MM-dd when the cell was a
 * real Excel date). {@code rowNumber} is the row as Excel shows it: the header is row 1.
 */
public record RosterRow(int rowNumber, Map<RosterColumns, String> cells) {

    public RosterRow {
        cells = cells.isEmpty() ? new EnumMap<>(RosterColumns.class) : new EnumMap<>(cells);
    }

    /** The cell text without blanks around it, or null when blank. */
    public String get(RosterColumns column) {
        return Texts.blankToNull(cells.get(column));
    }

    /**
     * A cell as read, cut to one character more than its column allows: an over-long cell is still reported
     * as too long, but a row never holds millions of characters while its batch waits to be checked.
     */
    static String bounded(RosterColumns column, String text) {
        String value = Texts.blankToNull(text);
        int limit = column.kind().limit();
        if (value == null || value.length() <= limit) {
            return value;
        }
        int cut = value.codePointCount(0, value.length()) > limit ? value.offsetByCodePoints(0, limit + 1) : value.length();
        return value.substring(0, cut);
    }
}
