package cn.dangjian.member;

import cn.dangjian.shared.CodedValue;

/** The statistics bulletin's age bands (TJ-01), used to filter and count members. */
public enum AgeBand implements CodedValue {
    UP_TO_30("1", "30岁及以下", 0, 30),
    FROM_31_TO_35("2", "31至35岁", 31, 35),
    FROM_36_TO_40("3", "36至40岁", 36, 40),
    FROM_41_TO_45("4", "41至45岁", 41, 45),
    FROM_46_TO_50("5", "46至50岁", 46, 50),
    FROM_51_TO_55("6", "51至55岁", 51, 55),
    FROM_56_TO_60("7", "56至60岁", 56, 60),
    FROM_61("8", "61岁及以上", 61, 200);

    private final String code;
    private final String label;
    private final int minAge;
    private final int maxAge;

    AgeBand(String code, String label, int minAge, int maxAge) {
        this.code = code;
        this.label = label;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public int minAge() {
        return minAge;
    }

    public int maxAge() {
        return maxAge;
    }
}
