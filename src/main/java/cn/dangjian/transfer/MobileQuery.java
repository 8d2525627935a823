package cn.dangjian.transfer;

/** Narrows the 流动党员 register: open entries only (the default on the page), and a name or place. */
public record MobileQuery(boolean openOnly, String text) {

    public static final MobileQuery OPEN = new MobileQuery(true, null);
}
