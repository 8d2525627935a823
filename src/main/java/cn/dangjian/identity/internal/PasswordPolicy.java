package cn.dangjian.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 10 characters (at most 64), three of upper case, lower case, digits and
 * symbols, not containing the username, and not one of the passwords everybody tries first
 * ({@code identity/weak-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 64;

    private final Set<String> weak;

    PasswordPolicy() {
        this(load());
    }

    PasswordPolicy(Set<String> weak) {
        this.weak = weak.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The reason this password is refused, if it is. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("至少" + MIN_LENGTH + "位");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("不能超过" + MAX_LENGTH + "位");
        }
        if (classes(password) < 3) {
            return Optional.of("须包含大写字母、小写字母、数字、符号中的至少三类");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("不能包含用户名");
        }
        if (weak.contains(lower)) {
            return Optional.of("过于常见，容易被猜中，请换一个");
        }
        return Optional.empty();
    }

    /** The requirement as shown next to a password field. */
    public static String hint() {
        return "至少" + MIN_LENGTH + "位，包含大写字母、小写字母、数字、符号中的至少三类，不含用户名";
    }

    private static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static Set<String> load() {
        try (InputStream in = new ClassPathResource("identity/weak-passwords.txt").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return Set.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
