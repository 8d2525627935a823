package cn.dangjian.transfer;

/** How a 介绍信 travels: carried by the member, or by 机要交通/机要邮政 — never by ordinary courier (ZJ-06). */
public enum LetterCarrier {
    SELF("党员本人携带"),
    CONFIDENTIAL("机要交通（机要邮政）寄送");

    private final String label;

    LetterCarrier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
