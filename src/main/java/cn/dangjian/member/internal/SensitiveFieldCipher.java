package cn.dangjian.member.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SM4-GCM encryption of sensitive member fields (身份证号, phone) and an HMAC-SM3 blind index of the
 * 身份证号, so that a person can be found and de-duplicated without decrypting every row. The key comes
 * from {@code dangjian.crypto.sm4-key} (32 hex characters); without one a random key is generated once
 * into {@code dangjian.crypto.key-file} — never into the repository.
 */
@Component
public class SensitiveFieldCipher {

    private static final Logger log = LoggerFactory.getLogger(SensitiveFieldCipher.class);
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final int IV_LENGTH = 12;

    private final SecretKeySpec key;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();
    // JCA look-ups are costly next to SM4 on an 18-character value: one instance per thread, re-initialised
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newInstance(() ->
            Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER)));
    private final ThreadLocal<Mac> macs;

    SensitiveFieldCipher(@Value("${dangjian.crypto.sm4-key:}") String hexKey,
                         @Value("${dangjian.crypto.key-file:./data/keys/sm4.key}") String keyFile) {
        byte[] raw = hexKey == null || hexKey.isBlank() ? keyFromFile(Path.of(keyFile)) : parse(hexKey.strip());
        this.key = new SecretKeySpec(raw, "SM4");
        this.indexKey = new SecretKeySpec(hmac(raw, "blind-index"), "HMACSM3");
        SecretKeySpec macKey = indexKey;
        this.macs = ThreadLocal.withInitial(() -> newInstance(() -> {
            Mac mac = Mac.getInstance("HMACSM3", PROVIDER);
            mac.init(macKey);
            return mac;
        }));
    }

    public byte[] encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] body = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_LENGTH + body.length];
            System.arraycopy(iv, 0, out, 0, IV_LENGTH);
            System.arraycopy(body, 0, out, IV_LENGTH, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 加密失败", e);
        }
    }

    public String decrypt(byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, data, 0, IV_LENGTH));
            return new String(cipher.doFinal(data, IV_LENGTH, data.length - IV_LENGTH), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 解密失败：密钥与数据不匹配", e);
        }
    }

    /** Deterministic keyed hash of a 身份证号, the unique key of a person. */
    public String blindIndex(String citizenId) {
        return HexFormat.of().formatHex(macs.get().doFinal(citizenId.getBytes(StandardCharsets.UTF_8)));
    }

    private interface Factory<T> {
        T create() throws GeneralSecurityException;
    }

    private static <T> T newInstance(Factory<T> factory) {
        try {
            return factory.create();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("国密算法不可用：" + e.getMessage(), e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HMACSM3", PROVIDER);
            mac.init(new SecretKeySpec(key, "HMACSM3"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM3 计算失败", e);
        }
    }

    private static byte[] parse(String hex) {
        if (!hex.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalStateException("配置项 dangjian.crypto.sm4-key 应为32位十六进制字符（128位 SM4 密钥）");
        }
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] keyFromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file).strip());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] raw = new byte[16];
            new SecureRandom().nextBytes(raw);
            Files.writeString(file, HexFormat.of().formatHex(raw));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("未配置 SM4 密钥，已生成新密钥并保存在 {}；生产环境请通过 DANGJIAN_CRYPTO_SM4_KEY 提供密钥并妥善备份", file);
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取或生成 SM4 密钥文件 " + file, e);
        }
    }
}
