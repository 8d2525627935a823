package cn.dangjian.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The secret of a personal API token: {@code dj_} and 32 random bytes (base64url, 43 characters). Only its
 * SM3 digest is stored — the secret carries 256 bits of chance, so a fast digest is enough and no salt or
 * slow hash is needed — and its first characters, which do not help guess the rest, to recognise it by.
 */
public final class ApiTokenSecret {

    public static final String SCHEME_PREFIX = "dj_";
    private static final Pattern FORM = Pattern.compile("dj_[A-Za-z0-9_-]{43}");
    private static final int SHOWN = SCHEME_PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /** The SM3 digest as 64 hex digits: what the database keeps and looks up. */
    public static String digest(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.US_ASCII);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(bytes, 0, bytes.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** The non-secret beginning shown in lists, e.g. {@code dj_x7Kq2P}. */
    public static String prefix(String token) {
        return token.substring(0, Math.min(SHOWN, token.length()));
    }
}
