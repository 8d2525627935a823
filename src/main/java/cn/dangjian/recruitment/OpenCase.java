package cn.dangjian.recruitment;

import java.time.LocalDate;

import cn.dangjian.shared.EducationLevel;
import cn.dangjian.shared.Ethnicity;

/**
 * Opens a case when an application (入党申请书) is received: who applied, to which organization, on which day.
 * Gender and birth date are read from the 身份证号, never typed twice.
 */
public record OpenCase(long orgId, String name, String citizenId, Ethnicity ethnicity, EducationLevel education,
                       Long unitId, String position, String phone, LocalDate appliedOn, String note) {
}
