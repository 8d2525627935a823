package cn.dangjian.transfer;

/**
 * Where the member goes (ZJ-10): within the platform, or out of it with a 介绍信. A member coming in from outside the
 * platform arrives with a letter recorded by {@link IncomingLetters}, not with a transfer.
 */
public enum TransferKind {
    WITHIN("平台内转接"),
    OUT("转出至平台外");

    private final String label;

    TransferKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
