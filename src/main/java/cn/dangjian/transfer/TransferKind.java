package cn.dangjian.transfer;

/** Where the member goes or comes from (ZJ-10): within the platform, out of it with a 介绍信, or into it with one. */
public enum TransferKind {
    WITHIN("平台内转接"),
    OUT("转出至平台外"),
    IN("从平台外转入");

    private final String label;

    TransferKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
