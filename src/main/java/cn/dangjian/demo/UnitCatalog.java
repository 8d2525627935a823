package cn.dangjian.demo;

import java.util.List;

import cn.dangjian.org.UnitCategory;

/**
 * The government units of a fictional district (区): name templates ({@code %s} is the district name),
 * category, typical Party member count, and the one deliberate irregularity a unit may carry.
 */
final class UnitCatalog {

    /** A deliberate irregularity planted in a unit, so that compliance checks have something to find. */
    enum Twist { NONE, OVERSIZED_BRANCH, EXPIRED_TERM, SECRETARY_ONLY, FEW_FULL_MEMBERS, NO_OWN_BRANCH, ACCOUNT_HOME }

    record Entry(String template, UnitCategory category, int members, Twist twist) {

        String name(String district) {
            return template.formatted(district);
        }
    }

    private static final UnitCategory ADM = UnitCategory.ADMINISTRATIVE;
    private static final UnitCategory PARTY = UnitCategory.PARTY_ORGAN;
    private static final UnitCategory MASS = UnitCategory.MASS_ORGANIZATION;
    private static final UnitCategory INST = UnitCategory.PUBLIC_INSTITUTION;

    /** The unit whose members sit in another unit's branch (NO_OWN_BRANCH) are hosted by this one. */
    static final String HOST_TEMPLATE = "%s委办公室";

    static final List<Entry> ENTRIES = List.of(
            // ≥100 members: 机关党委
            new Entry("%s人民法院", UnitCategory.JUDICIAL, 142, Twist.NONE),
            new Entry("%s教育局", ADM, 168, Twist.NONE),
            new Entry("%s财政局", ADM, 126, Twist.ACCOUNT_HOME),
            new Entry("%s卫生健康局", ADM, 138, Twist.NONE),
            new Entry("%s市场监督管理局", ADM, 204, Twist.OVERSIZED_BRANCH),
            new Entry("%s综合行政执法局", ADM, 178, Twist.NONE),
            new Entry("%s公安分局", ADM, 268, Twist.NONE),
            // 50–99 members: 党总支
            new Entry("%s人民检察院", UnitCategory.PROCURATORIAL, 96, Twist.NONE),
            new Entry("%s人力资源和社会保障局", ADM, 88, Twist.NONE),
            new Entry("%s住房和城乡建设局", ADM, 82, Twist.NONE),
            new Entry("%s自然资源局", ADM, 78, Twist.NONE),
            new Entry("%s农业农村局", ADM, 68, Twist.NONE),
            new Entry("%s交通运输局", ADM, 62, Twist.NONE),
            new Entry("%s发展和改革局", ADM, 57, Twist.NONE),
            new Entry("%s人民政府办公室", ADM, 54, Twist.NONE),
            // 5–49 members: one 党支部
            new Entry(HOST_TEMPLATE, PARTY, 46, Twist.NONE),
            new Entry("%s人大常委会办公室", UnitCategory.PEOPLES_CONGRESS, 32, Twist.NONE),
            new Entry("%s政协办公室", UnitCategory.CPPCC, 27, Twist.NONE),
            new Entry("%s纪委监委机关", UnitCategory.SUPERVISORY, 48, Twist.NONE),
            new Entry("%s委组织部", PARTY, 38, Twist.NONE),
            new Entry("%s委宣传部", PARTY, 29, Twist.NONE),
            new Entry("%s委统战部", PARTY, 23, Twist.NONE),
            new Entry("%s委政法委员会", PARTY, 24, Twist.NONE),
            new Entry("%s委机构编制委员会办公室", PARTY, 12, Twist.NONE),
            new Entry("%s委党校", INST, 34, Twist.NONE),
            new Entry("%s委巡察工作领导小组办公室", PARTY, 14, Twist.NONE),
            new Entry("%s委社会工作部", PARTY, 17, Twist.NONE),
            new Entry("%s委网络安全和信息化委员会办公室", PARTY, 5, Twist.FEW_FULL_MEMBERS),
            new Entry("%s商务局", ADM, 29, Twist.NONE),
            new Entry("%s文化广电旅游局", ADM, 41, Twist.NONE),
            new Entry("%s退役军人事务局", ADM, 23, Twist.NONE),
            new Entry("%s审计局", ADM, 31, Twist.NONE),
            new Entry("%s统计局", ADM, 21, Twist.SECRETARY_ONLY),
            new Entry("%s医疗保障局", ADM, 26, Twist.NONE),
            new Entry("%s信访局", ADM, 19, Twist.NONE),
            new Entry("%s民政局", ADM, 36, Twist.NONE),
            new Entry("%s司法局", ADM, 43, Twist.NONE),
            new Entry("%s水务局", ADM, 37, Twist.EXPIRED_TERM),
            new Entry("%s经济和信息化局", ADM, 33, Twist.NONE),
            new Entry("%s生态环境局", ADM, 30, Twist.NONE),
            new Entry("%s应急管理局", ADM, 35, Twist.NONE),
            new Entry("%s科学技术局", ADM, 22, Twist.NONE),
            new Entry("%s投资促进局", ADM, 24, Twist.NONE),
            new Entry("%s政务服务管理局", ADM, 28, Twist.NONE),
            new Entry("%s机关事务管理局", ADM, 19, Twist.NONE),
            new Entry("%s林业和园林局", ADM, 26, Twist.NONE),
            new Entry("%s国有资产监督管理局", ADM, 22, Twist.NONE),
            new Entry("%s总工会", MASS, 18, Twist.NONE),
            new Entry("共青团%s委员会", MASS, 9, Twist.NONE),
            new Entry("%s妇女联合会", MASS, 10, Twist.NONE),
            new Entry("%s残疾人联合会", MASS, 15, Twist.NONE),
            new Entry("%s科学技术协会", MASS, 8, Twist.NONE),
            new Entry("%s融媒体中心", INST, 35, Twist.NONE),
            new Entry("%s疾病预防控制中心", INST, 44, Twist.NONE),
            new Entry("%s不动产登记中心", INST, 26, Twist.NONE),
            new Entry("%s公共资源交易中心", INST, 21, Twist.NONE),
            new Entry("%s委老干部局", PARTY, 14, Twist.NONE),
            new Entry("%s新经济发展局", ADM, 20, Twist.NONE),
            new Entry("%s社会保险事业管理局", INST, 38, Twist.NONE),
            new Entry("%s退役军人服务中心", INST, 12, Twist.NONE),
            new Entry("%s人民政府研究室", ADM, 11, Twist.NONE),
            new Entry("%s档案馆", INST, 4, Twist.NO_OWN_BRANCH),
            // fewer than 3 full members: 联合党支部 (ZB-03)
            new Entry("%s工商业联合会", MASS, 2, Twist.NONE),
            new Entry("%s归国华侨联合会", MASS, 2, Twist.NONE),
            new Entry("%s文学艺术界联合会", MASS, 2, Twist.NONE),
            new Entry("%s红十字会", MASS, 2, Twist.NONE),
            new Entry("%s社会科学界联合会", MASS, 1, Twist.NONE),
            new Entry("%s地方志编纂委员会办公室", INST, 2, Twist.NONE),
            new Entry("%s计划生育协会", MASS, 2, Twist.NONE),
            new Entry("%s老龄工作委员会办公室", ADM, 2, Twist.NONE),
            new Entry("%s人民防空办公室", ADM, 2, Twist.NONE),
            new Entry("%s供销合作社联合社", MASS, 2, Twist.NONE),
            new Entry("%s慈善总会", MASS, 2, Twist.NONE));

    private UnitCatalog() {
    }

    /** 局长 / 院长 / 主任 …: the title of a unit's head and deputies. */
    static String headTitle(String unitName) {
        if (unitName.endsWith("法院")) {
            return "院长";
        }
        if (unitName.endsWith("检察院")) {
            return "检察长";
        }
        if (unitName.endsWith("局")) {
            return "局长";
        }
        if (unitName.endsWith("部")) {
            return "部长";
        }
        if (unitName.endsWith("党校")) {
            return "常务副校长";
        }
        if (unitName.endsWith("馆")) {
            return "馆长";
        }
        if (unitName.endsWith("联合会") || unitName.endsWith("总工会") || unitName.endsWith("协会")
                || unitName.endsWith("总会") || unitName.endsWith("联合社")) {
            return "主席";
        }
        if (unitName.startsWith("共青团")) {
            return "书记";
        }
        if (unitName.endsWith("纪委监委机关")) {
            return "纪委副书记、监委副主任";
        }
        return "主任";
    }

    static String deputyTitle(String unitName) {
        String head = headTitle(unitName);
        return switch (head) {
            case "常务副校长" -> "副校长";
            case "纪委副书记、监委副主任" -> "纪委常委、监委委员";
            default -> "副" + head;
        };
    }
}
