package cn.dangjian.demo;

import java.util.Random;

import cn.dangjian.shared.Gender;

/** Chinese personal names: surnames by their share of the population, given names by gender tendency. */
final class ChineseNames {

    /** The hundred most common surnames with their approximate share (per mille) of the population. */
    private static final String[] SURNAMES = {
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
            "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
            "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
            "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
            "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤"};
    private static final int[] SURNAME_WEIGHTS = {
            71, 70, 67, 54, 45, 31, 22, 20, 20, 19, 13, 13, 11, 11, 10, 10, 9,
            9, 9, 9, 8, 7, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4,
            4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
            3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
            2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final int[] SURNAME_CUMULATIVE = cumulative(SURNAME_WEIGHTS);

    private static final String MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳洋峰建国志文海东亮成江锋松晨博毅"
            + "斌彬刚毅坤鸿锐睿哲翔磊晖琦";
    private static final String FEMALE_CHARS = "芳娜敏静丽艳娟霞秀燕玲丹萍红琳婷雪慧颖倩洁琴云莉兰梅月璐薇欣悦佳蕾晶怡瑶雯萌"
            + "琪菲露岚蓉卉茜";
    private static final String FIRST_CHARS_MALE = "子志建国明文海晓俊家振世泽天宏永德立鹏宇浩嘉一思成承";
    private static final String FIRST_CHARS_FEMALE = "晓思雨一嘉可春小文佳雅欣丽秀玉美婉诗梦雪心";

    private ChineseNames() {
    }

    static String surname(Random random) {
        int pick = random.nextInt(SURNAME_CUMULATIVE[SURNAME_CUMULATIVE.length - 1]);
        for (int i = 0; i < SURNAME_CUMULATIVE.length; i++) {
            if (pick < SURNAME_CUMULATIVE[i]) {
                return SURNAMES[i];
            }
        }
        throw new IllegalStateException();
    }

    /** A one- or two-character given name; older people more often have a single character. */
    static String givenName(Random random, Gender gender, int age) {
        boolean tendsMale = random.nextDouble() < 0.9 == (gender == Gender.MALE);
        String last = tendsMale ? MALE_CHARS : FEMALE_CHARS;
        double singleShare = age >= 45 ? 0.35 : 0.2;
        char second = last.charAt(random.nextInt(last.length()));
        if (random.nextDouble() < singleShare) {
            return String.valueOf(second);
        }
        String first = gender == Gender.MALE ? FIRST_CHARS_MALE : FIRST_CHARS_FEMALE;
        char c = first.charAt(random.nextInt(first.length()));
        return c == second ? String.valueOf(second) : "" + c + second;
    }

    static String fullName(Random random, Gender gender, int age) {
        return surname(random) + givenName(random, gender, age);
    }

    private static int[] cumulative(int[] weights) {
        int[] sums = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }
}
