package cn.dangjian.transfer;

/**
 * What a 党员证明信 says beyond the member record (ZJ-01 (b)): to whom it is addressed, where the member goes, why,
 * and for how many months (1 to 6; longer at a fixed place needs a 介绍信).
 */
public record CertificateRequest(Long memberId, String addressee, String destination, String purpose, Integer months) {
}
