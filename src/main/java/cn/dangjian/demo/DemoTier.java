package cn.dangjian.demo;

import java.util.Locale;

/** How much demo data to generate: one district for trying the platform, a city or a province for benchmarks. */
public enum DemoTier {
    /** one 区直机关工委: about 150 organizations and 3,000 members. */
    DISTRICT(1, 1, 1.0),
    /** a 市直机关工委 over 20 district-sized subtrees: about 20,000 organizations and 340,000 members. */
    CITY(1, 20, 6.0),
    /** a 省直机关工委 over 14 cities of 20 districts: about 280,000 organizations and 5,600,000 members. */
    PROVINCE(14, 20, 7.0);

    private final int cities;
    private final int districtsPerCity;
    private final double scale;

    DemoTier(int cities, int districtsPerCity, double scale) {
        this.cities = cities;
        this.districtsPerCity = districtsPerCity;
        this.scale = scale;
    }

    int cities() {
        return cities;
    }

    int districtsPerCity() {
        return districtsPerCity;
    }

    double scale() {
        return scale;
    }

    /** {@code district}, {@code city} or {@code province}, as written in {@code dangjian.demo.tier}. */
    public static DemoTier parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("dangjian.demo.tier 应为 district、city 或 province，实际为：" + text, e);
        }
    }
}
