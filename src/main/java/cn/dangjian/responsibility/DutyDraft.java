package cn.dangjian.responsibility;

/**
 * One duty of a 责任清单 as the issuer types or edits it: the level and post it binds, what it is, its basis (a rule
 * id of the catalogue or a document), its cycle, and the platform records that evidence it ({@code null}: none —
 * the organization may state how it was carried out). {@code id} is the duty being edited, {@code null} for a new one.
 */
public record DutyDraft(Long id, DutyLevel level, DutyPost post, String text, String basis, DutyCycle cycle,
                        Evidence evidence) {
}
