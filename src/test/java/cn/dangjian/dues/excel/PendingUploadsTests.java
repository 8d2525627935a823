package cn.dangjian.dues.excel;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.dangjian.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload waits for its 确认导入 only for the person who made it, for 30 minutes, within a bounded memory. */
class PendingUploadsTests {

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 8, 15, 10, 0), ZoneId.of("Asia/Shanghai"));
    private final PendingUploads uploads = new PendingUploads(clock);

    private static UploadedSheet sheet(int rows) {
        List<UploadedSheet.Row> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new UploadedSheet.Row(i + 2, List.of("张建国")));
        }
        return new UploadedSheet(1, List.of("姓名"), list);
    }

    @Test
    void anUploadIsOnlyItsOwnersAndForItsImportAndExpiresAfterHalfAnHour() {
        UUID id = uploads.put("alice", 7, "bases", 2026, "x.xlsx", sheet(2));
        assertThat(uploads.get("alice", id, "bases")).isPresent();
        assertThat(uploads.get("bob", id, "bases")).isEmpty();
        assertThat(uploads.get("alice", id, "payments")).isEmpty();
        assertThat(uploads.get("alice", null, "bases")).isEmpty();
        clock.set(LocalDateTime.of(2026, 8, 15, 10, 31));
        assertThat(uploads.get("alice", id, "bases")).isEmpty();
    }

    @Test
    void theOldestGoFirstWhenTooManyRowsWait() {
        UUID first = uploads.put("alice", 7, "payments", null, "a.xlsx", sheet(60_000));
        UUID second = uploads.put("bob", 7, "payments", null, "b.xlsx", sheet(30_000));
        UUID third = uploads.put("carol", 7, "payments", null, "c.xlsx", sheet(20_000));
        assertThat(uploads.get("alice", first, "payments")).isEmpty();
        assertThat(uploads.get("bob", second, "payments")).isPresent();
        assertThat(uploads.get("carol", third, "payments")).isPresent();
    }
}
