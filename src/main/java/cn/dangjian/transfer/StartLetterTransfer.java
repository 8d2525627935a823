package cn.dangjian.transfer;

import java.time.LocalDate;

/**
 * A transfer out of the platform as the sending branch starts it (ZJ-02): whose, to which organization as written
 * on the letter (由…去…), the addressee (抬头; the receiving organization when blank), how the letter travels, why,
 * and when.
 */
public record StartLetterTransfer(long memberId, String toName, String addressee, LetterCarrier carrier, String reason,
                                  LocalDate on) {
}
