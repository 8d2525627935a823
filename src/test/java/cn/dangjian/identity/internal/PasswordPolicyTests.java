package cn.dangjian.identity.internal;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which passwords are accepted, and the reason a refused one is given. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            zhangsan | Dangjian@2026       | OK
            zhangsan | Kx7#mPq2vL          | OK
            zhangsan | kx7#mpq2vlz         | OK
            zhangsan | KX7#MPQ2VL!         | OK
            zhangsan | Kx7#mPq2v           | 至少10位
            zhangsan | 123456              | 至少10位
            zhangsan | abcdefghijkl        | 须包含大写字母、小写字母、数字、符号中的至少三类
            zhangsan | abcdefgh1234        | 须包含大写字母、小写字母、数字、符号中的至少三类
            zhangsan | ABCDEFGH!@#$        | 须包含大写字母、小写字母、数字、符号中的至少三类
            zhangsan | Zhangsan@2026       | 不能包含用户名
            zhangsan | x!ZHANGSAN9y        | 不能包含用户名
            zhangsan | Password123!        | 过于常见，容易被猜中，请换一个
            zhangsan | p@ssw0rd123         | 过于常见，容易被猜中，请换一个
            zhangsan | Admin@123456        | 过于常见，容易被猜中，请换一个
            zhangsan | Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!Aa1!x | 不能超过64位
            """)
    void passwordsAreCheckedAgainstThePolicy(String username, String password, String problem) {
        assertThat(policy.problem(username, password)).isEqualTo(Optional.ofNullable(problem));
    }
}
