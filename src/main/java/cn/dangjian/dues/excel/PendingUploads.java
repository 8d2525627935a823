package cn.dangjian.dues.excel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * An uploaded sheet between the upload, the preview and the 确认导入, held in memory only — nothing is written to
 * the database before the import is confirmed. Each upload belongs to the person who made it and to one
 * organization, lives {@value #MINUTES} minutes; at most {@value #MAX_PENDING} uploads and {@value #MAX_ROWS} rows in
 * all are kept, the oldest going first, so memory stays bounded whatever is uploaded.
 */
@Component
public class PendingUploads {

    static final int MINUTES = 30;
    static final int MAX_PENDING = 40;
    static final int MAX_ROWS = 100_000;

    private final Map<UUID, Pending> pending = new LinkedHashMap<>();
    private final Clock clock;

    PendingUploads(Clock clock) {
        this.clock = clock;
    }

    /** An upload: whose, for which organization and import, and the sheet read from it. */
    public record Pending(String username, long orgId, String kind, Integer year, String fileName, UploadedSheet sheet,
                          Instant at) {
    }

    public synchronized UUID put(String username, long orgId, String kind, Integer year, String fileName, UploadedSheet sheet) {
        expire();
        while (!pending.isEmpty() && (pending.size() >= MAX_PENDING
                || rows() + sheet.rows().size() > MAX_ROWS)) {
            Iterator<UUID> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        UUID id = UUID.randomUUID();
        pending.put(id, new Pending(username, orgId, kind, year, fileName, sheet, clock.instant()));
        return id;
    }

    /** The upload if it is still there and was made by {@code username} for this import. */
    public synchronized Optional<Pending> get(String username, UUID id, String kind) {
        expire();
        return Optional.ofNullable(id == null ? null : pending.get(id))
                .filter(p -> p.username().equals(username) && p.kind().equals(kind));
    }

    public synchronized void remove(UUID id) {
        pending.remove(id);
    }

    private int rows() {
        return pending.values().stream().mapToInt(p -> p.sheet().rows().size()).sum();
    }

    private void expire() {
        Instant limit = clock.instant().minus(Duration.ofMinutes(MINUTES));
        pending.values().removeIf(p -> p.at().isBefore(limit));
    }
}
