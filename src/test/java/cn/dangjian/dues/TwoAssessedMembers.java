package cn.dangjian.dues;

import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.TestTree;

/**
 * The branch A1 of a test tree with two members assessed for 2026: the tree's 王一 on 4800元 in service (48.00 a
 * month, DF-02) and a colleague on 6200元 in an institution (93.00 a month). Returns the colleague's id.
 */
final class TwoAssessedMembers {

    private TwoAssessedMembers() {
    }

    static long in(TestTree trees, TestTree.Tree t, Members members, DuesAssessments assessments, String colleagueName) {
        long colleague = members.create(AccessScope.system(), TestTree.member(colleagueName + t.a1(), t.a1(), MemberKind.FULL));
        assessments.assessAll(trees.subtreeScope(t.a1()), t.a1(), 2026, List.of(
                AssessMember.annual(t.memberA1(), 2026, DuesCategory.CIVIL_SERVANT, "4800"),
                AssessMember.annual(colleague, 2026, DuesCategory.INSTITUTION, "6200")));
        return colleague;
    }
}
