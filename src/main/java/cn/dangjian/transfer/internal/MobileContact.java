package cn.dangjian.transfer.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One contact with a 流动党员: when, how (电话, 微信, 当面…), whether they reported taking part in organizational life
 * where they are (一方隶属、参加多重组织生活, ZJ-09), a note, and who recorded it.
 */
@Table("transfer_mobile_contact")
public record MobileContact(LocalDate contactedOn, String means, boolean attendedElsewhere, String note,
                            String recordedBy) {
}
