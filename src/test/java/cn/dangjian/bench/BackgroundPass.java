package cn.dangjian.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import cn.dangjian.compliance.Compliance;
import cn.dangjian.compliance.EvaluationResult;

/**
 * A full compliance pass ({@link Compliance#reevaluateAll()}, the same path as the nightly pass and the pass after
 * generation or a roster import) started on its own thread, so that other goals can be measured while it runs.
 */
final class BackgroundPass {

    private final long start = System.nanoTime();
    private final CompletableFuture<EvaluationResult> result;
    private volatile long end;

    private BackgroundPass(Compliance compliance) {
        result = CompletableFuture.supplyAsync(() -> {
            try {
                return compliance.reevaluateAll();
            } finally {
                end = System.nanoTime();
            }
        });
    }

    static BackgroundPass start(Compliance compliance) {
        return new BackgroundPass(compliance);
    }

    boolean running() {
        return !result.isDone();
    }

    /** Waits for the pass and reports its time, organizations/s and findings written/s. */
    void finish(Consumer<String> print) {
        EvaluationResult r = result.join();
        double seconds = (end - start) / 1e9;
        int written = r.opened() + r.changed() + r.resolved();
        print.accept(String.format("全量评估（后台，与上面的测量同时进行）：组织 %,d 个，用时 %.1f 秒，%,.0f 个组织/秒；"
                        + "写入待办事项 %,d 条（新增 %,d、变化 %,d、关闭 %,d），%,.0f 条/秒", r.organizations(), seconds,
                r.organizations() / seconds, written, r.opened(), r.changed(), r.resolved(), written / seconds));
    }
}
