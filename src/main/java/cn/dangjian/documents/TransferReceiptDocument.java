package cn.dangjian.documents;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The 回执 a receiving organization sends back for a 党员组织关系介绍信 from outside the platform (ZJ-02 第三联,
 * ZJ-04): addressed to the organization that issued the letter, with the letter's number, saying the member's
 * relationship has reached us; the seal only, no written name (ZJ-03); the date the member was taken in; the
 * 经办人 and a telephone. It goes back by post or fax within one month. {@link #toModel()} fills
 * {@link DocumentTemplate#TRANSFER_RECEIPT}.
 *
 * @param letterNo   the number written on the letter received
 * @param addressee  the organization that issued the letter
 * @param receivedOn the day the member was taken in
 * @param handler    the 经办人 ({@code null}: left blank to sign)
 */
public record TransferReceiptDocument(String letterNo, String addressee, String memberName, LocalDate receivedOn,
                                      String handler, String phone) {

    public TransferReceiptDocument {
        Objects.requireNonNull(letterNo, "letterNo");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    /** The placeholder values for {@link DocumentTemplate#TRANSFER_RECEIPT}. */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("编号", letterNo);
        model.put("回执抬头", addressee);
        model.put("姓名", memberName);
        model.put("接收日期", DocumentText.date(receivedOn));
        model.put("经办人", handler == null || handler.isBlank() ? "＿＿＿＿＿＿＿＿" : handler);
        model.put("联系电话", phone == null || phone.isBlank() ? "＿＿＿＿＿＿＿＿＿＿" : phone);
        return model;
    }
}
