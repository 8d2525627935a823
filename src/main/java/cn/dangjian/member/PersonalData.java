package cn.dangjian.member;

import cn.dangjian.member.internal.SensitiveFieldCipher;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest (SM4) for the personal details of people who are not members yet — a recruitment case's
 * 身份证号 and phone — with the same key as the member records, so that admission carries them over unchanged; and
 * the same blind index, so that one person is recognised across cases.
 */
@Component
public class PersonalData {

    private final SensitiveFieldCipher cipher;

    PersonalData(SensitiveFieldCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] seal(String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    public String open(byte[] sealed) {
        return sealed == null ? null : cipher.decrypt(sealed);
    }

    /** The keyed hash (HMAC-SM3) of a normalized 身份证号 that members are keyed by: finds a person without decrypting. */
    public String blindIndex(String citizenId) {
        return cipher.blindIndex(citizenId);
    }
}
