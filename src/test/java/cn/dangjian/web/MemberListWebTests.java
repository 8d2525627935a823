package cn.dangjian.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.Members;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The member list as the list pattern: organization picker, 含下级, sort whitelist, page size, jump, export. */
@IntegrationTest
@AutoConfigureMockMvc
class MemberListWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    Members members;

    @Test
    void sortsByAWhitelistedColumnAndRefusesAnyOtherSort() throws Exception {
        TestTree.Tree t = trees.build();
        members.create(AccessScope.system(), TestTree.member("安一", t.a1(), MemberKind.FULL));
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        String asc = page(committee, "/members?orgId=" + t.a() + "&sort=name&dir=asc");
        String desc = page(committee, "/members?orgId=" + t.a() + "&sort=name&dir=desc");
        assertThat(asc.indexOf("安一")).isLessThan(asc.indexOf("王一"));
        assertThat(desc.indexOf("安一")).isGreaterThan(desc.indexOf("王一"));
        // the header of the sorted column links to the other direction, keeping the organization
        assertThat(asc).contains("/members?orgId=" + t.a() + "&amp;sort=name&amp;dir=desc");

        for (String sort : List.of("m.id;DROP TABLE member", "citizen_id_enc", "password")) {
            mvc.perform(get("/members").param("sort", sort).with(httpBasic(committee, TestTree.PASSWORD)))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("排序")));
        }
        mvc.perform(get("/members").param("sort", "name").param("dir", "sideways")
                .with(httpBasic(committee, TestTree.PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void pageSizeIsBoundedAndJumpToPageKeepsTheFilters() throws Exception {
        TestTree.Tree t = trees.build();
        for (int i = 0; i < 21; i++) {
            members.create(AccessScope.system(), TestTree.member("翻页" + i, t.a1(), MemberKind.FULL));
        }
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);

        String first = page(committee, "/members?orgId=" + t.a1() + "&text=翻页&sort=name");
        assertThat(first).contains("共 21 条，第 1 / 2 页");
        // the page-size form carries the filters along as hidden fields
        assertThat(first).contains("name=\"text\" value=\"翻页\"").contains("name=\"sort\" value=\"name\"");
        String second = page(committee, "/members?orgId=" + t.a1() + "&text=翻页&sort=name&page=2");
        assertThat(second).contains("共 21 条，第 2 / 2 页").contains("翻页9").doesNotContain("翻页0<");
        String fifty = page(committee, "/members?orgId=" + t.a1() + "&text=翻页&size=50");
        assertThat(fifty).contains("共 21 条，第 1 / 1 页").contains("<option value=\"50\" selected=\"selected\">");

        for (String size : List.of("0", "101", "500")) {
            mvc.perform(get("/members").param("size", size).with(httpBasic(committee, TestTree.PASSWORD)))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("每页条数")));
        }
        mvc.perform(get("/members").param("page", "0").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("页码")));
    }

    @Test
    void theSubtreeBoxNarrowsToTheOrganizationItself() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        members.create(AccessScope.system(), TestTree.member("机关党委直属" + t.a(), t.a(), MemberKind.FULL));

        String subtree = page(committee, "/members?orgId=" + t.a());
        assertThat(subtree).contains("王一").contains("机关党委直属");
        // the form sent with the box unticked: only the marker arrives
        String own = page(committee, "/members?orgId=" + t.a() + "&_subtree=on");
        assertThat(own).contains("机关党委直属").doesNotContain("王一");
        assertThat(page(committee, "/members?orgId=" + t.a() + "&_subtree=on&subtree=true")).contains("王一");
    }

    @Test
    void theExportHoldsExactlyTheFilteredScopedList() throws Exception {
        TestTree.Tree t = trees.build();
        members.create(AccessScope.system(), TestTree.member("导出甲", t.a1(), MemberKind.FULL));
        members.create(AccessScope.system(), TestTree.member("导出乙", t.a1(), MemberKind.PROBATIONARY));
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        String list = page(secretary, "/members?text=导出&kind=FULL");
        assertThat(list).contains("href=\"/members/export?text=%E5%AF%BC%E5%87%BA&amp;kind=FULL\"");
        List<String> names = exportedNames(secretary, "/members/export?text=导出&kind=FULL");
        assertThat(names).containsExactly("导出甲");
        assertThat(exportedNames(secretary, "/members/export")).contains("导出甲", "导出乙").noneMatch(n -> n.startsWith("李二"));
        // a sibling branch's organization in the URL is refused, never exported
        mvc.perform(get("/members/export").param("orgId", String.valueOf(t.a2()))
                        .with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePickerShowsOneLevelOfTheCallersTreeAndSearchesItByName() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());

        String roots = page(committee, "/orgs/picker/children");
        assertThat(roots).contains("测试局机关党委").contains("data-org-id=\"" + t.a() + "\"")
                .doesNotContain("测试局第一党支部").contains("/orgs/picker/children?parentId=" + t.a());
        assertThat(page(committee, "/orgs/picker/children?parentId=" + t.a()))
                .contains("测试局第一党支部").contains("测试局第二党支部");
        String found = page(secretary, "/orgs/picker/search?q=测试局第");
        assertThat(found).contains("data-org-id=\"" + t.a1() + "\"").doesNotContain("data-org-id=\"" + t.a2() + "\"");
        mvc.perform(get("/orgs/picker/children").param("parentId", String.valueOf(t.a2()))
                .with(httpBasic(secretary, TestTree.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/members").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(content().string(not(containsString("测试局第二党支部"))));
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, TestTree.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> exportedNames(String user, String url) throws Exception {
        byte[] body = mvc.perform(get(url).with(httpBasic(user, TestTree.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        return names;
    }
}
