package cn.dangjian.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import cn.dangjian.shared.AuditedChange.FieldChange;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 digest of one audit entry: its content in a canonical, length-prefixed form, chained to the
 * previous entry (its id and its digest). Changing any field of an entry, or removing the entry before it,
 * changes the digest.
 */
final class AuditDigest {

    private AuditDigest() {
    }

    static String of(Long prevId, String prevHash, Instant occurredAt, String actor, String recordType,
                     String recordId, String action, List<FieldChange> changes) {
        StringBuilder b = new StringBuilder(256);
        field(b, prevId == null ? null : prevId.toString());
        field(b, prevHash);
        field(b, Long.toString(occurredAt.getEpochSecond() * 1_000_000L + occurredAt.getNano() / 1_000));
        field(b, actor);
        field(b, recordType);
        field(b, recordId);
        field(b, action);
        field(b, Integer.toString(changes.size()));
        for (FieldChange c : changes) {
            field(b, c.field());
            field(b, c.oldValue());
            field(b, c.newValue());
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(bytes, 0, bytes.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-;");
        } else {
            b.append(value.length()).append(':').append(value).append(';');
        }
    }
}
