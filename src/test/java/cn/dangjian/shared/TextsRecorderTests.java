package cn.dangjian.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who entered a record, as minutes, ledgers and histories show it: never the internal account name "system". */
class TextsRecorderTests {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "system, 系统导入",
            "NULL, 系统导入",
            "'  ', 系统导入",
            "zhibu, zhibu",
            "systemadmin, systemadmin"})
    void theSystemIsShownAsAnImportAndPeopleAsThemselves(String recordedBy, String shown) {
        assertThat(Texts.recorder(recordedBy)).isEqualTo(shown);
    }
}
