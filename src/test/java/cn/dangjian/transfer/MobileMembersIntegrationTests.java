package cn.dangjian.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dangjian.member.Members;
import cn.dangjian.member.StatusChange;
import cn.dangjian.member.StatusChangeType;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ConflictException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.support.ClockedIntegrationTest;
import cn.dangjian.support.MutableClock;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 流动党员 register on the real database (ZJ-09): registering an outflow marks the member 流动 in their history
 * (and only the register does); the inflow organization of the platform sees the entry and records contacts, but
 * only the holding branch ends it, which takes the mark off — as does a transfer of the relationship; a sibling
 * branch finds nothing; a branch registers members from outside the platform who attend it.
 */
@ClockedIntegrationTest
class MobileMembersIntegrationTests {

    @Autowired
    TestTree trees;
    @Autowired
    MutableClock clock;
    @Autowired
    MobileMembers mobile;
    @Autowired
    Members members;
    @Autowired
    Transfers transfers;

    private TestTree.Tree t;
    private AccessScope home;
    private AccessScope inflow;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        t = trees.build();
        home = trees.subtreeScope(t.a1());
        inflow = trees.subtreeScope(t.a2());
    }

    private long registerOut() {
        return mobile.registerOut(home, new RegisterOutflow(t.memberA1(), LocalDate.of(2026, 5, 10),
                "广东省深圳市南山区", "借调至驻深办事处", true, "13912345678", t.a2(), null));
    }

    @Test
    void anOutflowMarksTheMemberAndEndingItTakesTheMarkOff() {
        long id = registerOut();
        assertThat(members.get(home, t.memberA1()).mobile()).isTrue();
        assertThat(members.history(home, t.memberA1())).first().satisfies(h -> {
            assertThat(h.type()).isEqualTo(StatusChangeType.MOBILE_OUT);
            assertThat(h.reason()).contains("广东省深圳市南山区");
        });
        MobileMemberView m = mobile.get(home, id);
        assertThat(m.inflowOrgName()).startsWith("测试局第二党支部");
        assertThat(m.nextContactDue()).as("6 months after leaving").isEqualTo(LocalDate.of(2026, 11, 10));
        assertThatThrownBy(this::registerOut).as("one open entry per member").isInstanceOf(ConflictException.class);
        long colleague = members.create(AccessScope.system(), TestTree.member("孙同事" + t.a1(), t.a1(),
                cn.dangjian.member.MemberKind.FULL));
        assertThatThrownBy(() -> mobile.registerOut(home, new RegisterOutflow(colleague, LocalDate.of(2009, 1, 1), "某地",
                "某因", false, null, null, null))).as("before joining (2010-07-01)").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("外出日期").hasMessageContaining("入党日期");
        assertThatThrownBy(() -> mobile.registerOut(home, new RegisterOutflow(colleague, LocalDate.of(1999, 1, 1), "某地",
                "某因", false, null, null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能早于2000年1月1日");
        assertThatThrownBy(() -> members.changeStatus(home, t.memberA1(), new StatusChange(StatusChangeType.MOBILE_BACK,
                LocalDate.of(2026, 12, 1), "返回", members.get(home, t.memberA1()).version())))
                .as("not by hand on the member page").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("流动党员");

        mobile.end(home, id, LocalDate.of(2026, 12, 1), "借调期满返回原单位", mobile.get(home, id).version());
        assertThat(members.get(home, t.memberA1()).mobile()).isFalse();
        assertThat(members.history(home, t.memberA1())).first()
                .satisfies(h -> assertThat(h.type()).isEqualTo(StatusChangeType.MOBILE_BACK));
        MobileMemberView ended = mobile.get(home, id);
        assertThat(ended.open()).isFalse();
        assertThat(ended.nextContactDue()).isNull();
        assertThatThrownBy(() -> mobile.contact(home, id, new RecordContact(LocalDate.of(2026, 12, 2), "电话", false, null),
                ended.version())).isInstanceOf(ConflictException.class);
        assertThat(mobile.list(home, t.a1(), MobileQuery.OPEN, new PageRequest(1, 20)).items()).isEmpty();
        assertThat(mobile.list(home, t.a1(), new MobileQuery(false, "深圳"), new PageRequest(1, 20)).total()).isEqualTo(1);
    }

    @Test
    void theInflowOrganizationRecordsContactsButOnlyTheHoldingBranchEndsTheEntry() {
        long id = registerOut();
        mobile.contact(inflow, id, new RecordContact(LocalDate.of(2026, 11, 20), "当面", true, "参加流入地支部主题党日"),
                mobile.get(inflow, id).version());
        MobileMemberView m = mobile.get(home, id);
        assertThat(m.contacts()).singleElement().satisfies(c -> {
            assertThat(c.attendedElsewhere()).isTrue();
            assertThat(c.recordedBy()).isEqualTo("tester" + t.a2());
        });
        assertThat(m.nextContactDue()).isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(mobile.list(inflow, t.a2(), MobileQuery.OPEN, new PageRequest(1, 20)).items())
                .extracting(MobileMemberView::id).containsExactly(id);
        assertThatThrownBy(() -> mobile.end(inflow, id, LocalDate.of(2026, 12, 1), "返回", mobile.get(inflow, id).version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> mobile.contact(home, id, new RecordContact(LocalDate.of(2026, 5, 9), "电话", false, null),
                mobile.get(home, id).version())).as("before leaving").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mobile.contact(home, id, new RecordContact(LocalDate.of(2026, 12, 4), "电话", false, null),
                mobile.get(home, id).version())).as("after today").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> mobile.contact(home, id, new RecordContact(LocalDate.of(2026, 12, 1), "电话", false, null),
                0)).as("a stale version").isInstanceOf(ConflictException.class);
    }

    @Test
    void aTransferOfTheRelationshipEndsTheEntryAndTheMark() {
        long id = registerOut();
        AccessScope system = AccessScope.system();
        long transfer = transfers.start(system, new StartTransfer(t.memberA1(), t.a2(), "借调转为正式调动", null));
        transfers.submit(system, transfer, transfers.get(system, transfer).version());
        while (transfers.get(system, transfer).waitingForOrgId() != null) {
            transfers.approve(system, transfer, transfers.get(system, transfer).version());
        }
        transfers.accept(system, transfer, transfers.get(system, transfer).version());
        MobileMemberView ended = mobile.get(inflow, id);
        assertThat(ended.open()).isFalse();
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(ended.endReason()).startsWith("组织关系已转接至测试局第二党支部");
        assertThat(members.get(inflow, t.memberA1()).mobile()).as("no longer 流动 where the relationship now is").isFalse();
        assertThat(members.history(inflow, t.memberA1())).first().satisfies(h -> {
            assertThat(h.type()).isEqualTo(StatusChangeType.TRANSFERRED);
            assertThat(h.before()).contains("流动");
            assertThat(h.after()).doesNotContain("流动");
        });
        assertThatThrownBy(() -> mobile.contact(home, id, new RecordContact(LocalDate.of(2026, 12, 3), "电话", false, null),
                ended.version())).isInstanceOf(ConflictException.class);
    }

    @Test
    void nobodyElseSeesTheEntryAndABranchRegistersMembersFromOutside() {
        long id = mobile.registerOut(home, new RegisterOutflow(t.memberA1(), LocalDate.of(2026, 9, 1), "北京市海淀区",
                "脱产学习", false, null, null, "中共某大学研究生院委员会"));
        AccessScope sibling = trees.subtreeScope(t.a2());
        assertThatThrownBy(() -> mobile.get(sibling, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mobile.contact(sibling, id, new RecordContact(LocalDate.of(2026, 12, 1), "电话", false,
                null), 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mobile.registerOut(sibling, new RegisterOutflow(t.memberA1(),
                LocalDate.of(2026, 9, 1), "某地", "某因", false, null, null, null)))
                .as("a member of another branch").isInstanceOf(NotFoundException.class);
        assertThat(mobile.list(sibling, t.a2(), new MobileQuery(false, null), new PageRequest(1, 20)).items()).isEmpty();
        long elsewhere = trees.build().a1();
        long colleague = members.create(AccessScope.system(), TestTree.member("钱同事" + t.a1(), t.a1(),
                cn.dangjian.member.MemberKind.FULL));
        assertThatThrownBy(() -> mobile.registerOut(home, new RegisterOutflow(colleague, LocalDate.of(2026, 9, 1), "某地",
                "某因", false, null, elsewhere, null))).as("an inflow organization of another 工委's tree")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("本工委范围内");
        assertThat(mobile.openEntryOf(home, t.memberA1())).contains(id);
        assertThat(mobile.openEntryOf(sibling, t.memberA1())).isEmpty();

        long in = mobile.registerIn(sibling, new RegisterInflow(t.a2(), "韩冬梅", "13698765432", "中共青城市税务局机关委员会",
                LocalDate.of(2026, 10, 8), "借调"));
        MobileMemberView v = mobile.get(sibling, in);
        assertThat(v.direction()).isEqualTo(MobileDirection.IN);
        assertThat(v.memberId()).isNull();
        assertThatThrownBy(() -> mobile.get(home, in)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mobile.registerIn(sibling, new RegisterInflow(t.a2(), "", "123", null,
                LocalDate.of(2026, 12, 4), null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .contains("name", "phone", "homeOrgName", "since", "reason"));
        assertThat(mobile.list(trees.subtreeScope(t.a()), t.a(), MobileQuery.OPEN, new PageRequest(1, 20)).total())
                .as("the 机关党委 sees both").isEqualTo(2);
    }
}
