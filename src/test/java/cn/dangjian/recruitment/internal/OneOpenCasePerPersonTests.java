package cn.dangjian.recruitment.internal;

import java.time.LocalDate;

import cn.dangjian.recruitment.OpenCase;
import cn.dangjian.recruitment.Recruitment;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cases stored before the person index existed are indexed at start-up, and then count as the person's open case. */
@IntegrationTest
class OneOpenCasePerPersonTests {

    @Autowired
    Recruitment recruitment;
    @Autowired
    OneOpenCasePerPerson onePerPerson;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestTree trees;

    private static OpenCase application(long orgId, String citizenId) {
        return new OpenCase(orgId, "冯远志", citizenId, Ethnicity.HAN, EducationLevel.BACHELOR, null, "科员", null,
                LocalDate.of(2026, 2, 2), null);
    }

    @Test
    void anEarlierCaseIsIndexedAndThenRefusesASecondOne() {
        TestTree.Tree t = trees.build();
        String person = TestTree.citizenId(LocalDate.of(1993, 7, 7), 41, true);
        long earlier = recruitment.open(AccessScope.system(), application(t.a1(), person));
        jdbc.sql("UPDATE recruitment_case SET citizen_id_hash = NULL WHERE id = :id").param("id", earlier).update();

        onePerPerson.indexEarlierCases();

        assertThat(jdbc.sql("SELECT citizen_id_hash FROM recruitment_case WHERE id = :id").param("id", earlier)
                .query(String.class).single()).isNotNull();
        assertThatThrownBy(() -> recruitment.open(AccessScope.system(), application(t.a2(), person)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("编号" + earlier);
    }

    @Test
    void twoEarlierOpenCasesOfOnePersonKeepTheSecondUnindexedInsteadOfFailingStartUp() {
        TestTree.Tree t = trees.build();
        String person = TestTree.citizenId(LocalDate.of(1993, 7, 7), 42, true);
        long first = recruitment.open(AccessScope.system(), application(t.a1(), person));
        jdbc.sql("UPDATE recruitment_case SET citizen_id_hash = NULL WHERE id = :id").param("id", first).update();
        long second = recruitment.open(AccessScope.system(), application(t.a2(), person));
        jdbc.sql("UPDATE recruitment_case SET citizen_id_hash = NULL WHERE id = :id").param("id", second).update();

        onePerPerson.indexEarlierCases();

        assertThat(jdbc.sql("SELECT count(*) FROM recruitment_case WHERE id IN (:a, :b) AND citizen_id_hash IS NOT NULL")
                .param("a", first).param("b", second).query(Integer.class).single()).isEqualTo(1);
    }
}
