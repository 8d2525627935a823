package cn.dangjian.member;

import java.time.Instant;
import java.util.UUID;

/** A roster import's state and counts, for the progress bar and the report. */
public record ImportStatus(UUID id, String fileName, ImportState state, ImportMode mode, int totalRows,
                           int processedRows, int validRows, int invalidRows, int insertedRows, int updatedRows,
                           String message, Instant createdAt, Instant finishedAt) {

    /** Progress of the current phase in percent (0–100). */
    public int percent() {
        if (state == ImportState.DONE || state == ImportState.VALIDATED) {
            return 100;
        }
        int total = state == ImportState.IMPORTING ? validRows : totalRows;
        return total <= 0 ? 0 : Math.min(100, (int) (processedRows * 100L / total));
    }

    public boolean running() {
        return state.running();
    }
}
