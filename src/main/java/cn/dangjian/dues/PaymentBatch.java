package cn.dangjian.dues;

import java.util.List;
import java.util.Map;

import cn.dangjian.shared.FieldProblem;

/**
 * Many payments recorded at once ({@link DuesPayments#recordAll}): each row with an optional import key (a re-import
 * of a row already recorded is skipped, not doubled), and what happened — rows written, skipped, and the problems
 * of each refused row by its index.
 */
public final class PaymentBatch {

    private PaymentBatch() {
    }

    public record Row(RecordPayment payment, String importKey) {
    }

    public record Result(int written, int skipped, Map<Integer, List<FieldProblem>> refused) {

        public boolean allWritten() {
            return refused.isEmpty();
        }
    }
}
