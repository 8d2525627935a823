package cn.dangjian.web;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 用户管理 as the 系统管理员 and the 安全管理员 see it. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountPagesWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    cn.dangjian.identity.Accounts accounts;

    @Test
    void theSystemAdministratorOpensOrdinaryAccountsOnlyAndIsToldWhy() throws Exception {
        TestTree.Tree t = trees.build();
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        mvc.perform(get("/accounts").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开设账号")))
                // the roles offered when opening an account (the filter above the list names every role)
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"acc-role\" name=\"roleCode\">(?:(?!</select>).)*value=\"PARTY_WORKER\".*")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"acc-role\" name=\"roleCode\">(?:(?!</select>).)*value=\"(AUDITOR|SECURITY_ADMIN)\".*"))));
        mvc.perform(post("/accounts").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf())
                        .param("username", "pw" + t.a1()).param("password", "Kx7#mPq2vL").param("displayName", "张三")
                        .param("roleCode", "AUDITOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“安全审计员”是特权角色，只能由安全管理员授予")));
        mvc.perform(post("/accounts").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf())
                        .param("username", "pw" + t.a1()).param("password", "password").param("displayName", "张三")
                        .param("roleCode", "PARTY_WORKER").param("orgId", String.valueOf(t.a1())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("初始密码：至少10位")));
        mvc.perform(post("/accounts").with(httpBasic(admin, TestTree.PASSWORD)).with(csrf())
                        .param("username", "pw" + t.a1()).param("password", "Kx7#mPq2vL").param("displayName", "张三")
                        .param("roleCode", "PARTY_WORKER").param("orgId", String.valueOf(t.a1())))
                .andExpect(redirectedUrl("/accounts"));
    }

    @Test
    void theSecurityAdministratorAssignsPrivilegedRolesButOpensNoAccounts() throws Exception {
        String security = trees.account("SECURITY_ADMIN", null, null);
        mvc.perform(get("/accounts").with(httpBasic(security, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"AUDITOR\""), containsString("分配角色和数据范围"),
                        not(containsString("<h2 class=\"h6\">开设账号</h2>")))));
        String auditor = trees.account("AUDITOR", null, null);
        mvc.perform(get("/accounts").with(httpBasic(auditor, TestTree.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theAccountListFiltersSortsPagesAndExportsExactlyWhatItShows() throws Exception {
        TestTree.Tree t = trees.build();
        String admin = trees.account("PLATFORM_ADMIN", null, null);
        String keyword = "lst" + t.a1() + "x";
        String first = keyword + "a";
        String second = keyword + "b";
        for (String name : java.util.List.of(first, second)) {
            accounts.createPreset(cn.dangjian.shared.AccessScope.system(), new cn.dangjian.identity.NewAccount(name,
                    TestTree.PASSWORD, "列表测试", "PARTY_WORKER", t.a1(), null, java.util.List.of()));
        }
        String secretary = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        var page = mvc.perform(get("/accounts?q=" + keyword + "&sort=username&dir=desc&size=100").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains(first, second).doesNotContain(secretary)
                .contains("aria-sort=\"descending\"");
        org.assertj.core.api.Assertions.assertThat(page.indexOf("data-username=\"" + second))
                .isLessThan(page.indexOf("data-username=\"" + first));
        mvc.perform(get("/accounts").param("role", "BRANCH_SECRETARY").param("size", "1")
                        .with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("每页")));

        byte[] xlsx = mvc.perform(get("/accounts/export.xlsx").param("q", keyword).with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            org.assertj.core.api.Assertions.assertThat(names).contains(first, second).doesNotContain(secretary)
                    .allMatch(n -> n.contains(keyword));
        }

        mvc.perform(get("/accounts").param("sort", "password_hash").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/accounts").param("sort", "created").with(httpBasic(admin, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/accounts/export.xlsx").with(httpBasic(secretary, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
