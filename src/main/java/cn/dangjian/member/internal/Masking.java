package cn.dangjian.member.internal;

/** How a phone number is shown to people whose role does not need it whole: 138****5678. */
public final class Masking {

    private Masking() {
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() >= 7 ? phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4) : "****";
    }
}
