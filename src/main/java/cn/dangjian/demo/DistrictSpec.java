package cn.dangjian.demo;

/**
 * Which district to generate: its fictional name, the county code its people's 身份证号 start with, how
 * many times larger than the default demo it is, and the seed that makes it reproducible.
 */
record DistrictSpec(int index, String name, String regionCode, double scale, long seed) {

    static final long DEFAULT_SEED = 20261122L;

    /** Prefecture codes of one province (四川, GB/T 2260); 5101 is left to hand-made test data. */
    private static final String[] PREFECTURES = {
            "5106", "5107", "5105", "5109", "5110", "5111", "5113", "5114", "5115", "5116", "5117", "5118",
            "5119", "5120", "5103", "5104", "5108", "5132", "5133", "5134"};
    private static final String FIRST = "锦青云金桃玉龙凤华新清永安兴长宁泰和嘉盛";
    private static final String SECOND = "城溪台江山川源河阳林湖泉峰原塘";

    /** The {@code index}-th district: index 0 is 锦城区, the default demo; every index has its own code. */
    static DistrictSpec of(int index, double scale) {
        if (index < 0 || index >= FIRST.length() * SECOND.length()) {
            throw new IllegalArgumentException("district index out of range: " + index);
        }
        String name = "" + FIRST.charAt(index % FIRST.length())
                + SECOND.charAt((index / FIRST.length() + index % FIRST.length()) % SECOND.length()) + "区";
        int county = 2 + index % 38;
        String region = PREFECTURES[(index / 38) % PREFECTURES.length] + String.format("%02d", county);
        return new DistrictSpec(index, name, region, scale, DEFAULT_SEED + 7919L * index);
    }

    /** How many distinct districts {@link #of} can name. */
    static int capacity() {
        return Math.min(FIRST.length() * SECOND.length(), 38 * PREFECTURES.length);
    }
}
