package cn.dangjian.web;

import java.util.concurrent.atomic.AtomicInteger;

import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestTree;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 单位 over {@code /api/v1/units} and the {@code /units} pages: list, create, edit, who may, field errors, audit. */
@IntegrationTest
@AutoConfigureMockMvc
class UnitWebTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTree trees;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anIntegrationCreatesFindsAndEditsAUnitGuardedByItsVersionAndAudited() throws Exception {
        TestTree.Tree t = trees.build();
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String name = "测试民政局" + SEQ.incrementAndGet() + System.nanoTime();

        String created = mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"  " + name + " \",\"category\":\"PUBLIC_INSTITUTION\"}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.category").value("PUBLIC_INSTITUTION"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/v1/units").param("q", name).param("size", "5").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/units/" + id).with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));

        mvc.perform(put("/api/v1/units/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "（改）\",\"category\":\"ADMINISTRATIVE\",\"version\":0}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name + "（改）"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/units/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "（再改）\",\"category\":\"ADMINISTRATIVE\",\"version\":0}")
                        .with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        mvc.perform(get("/api/v1/units/999999999").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_type = '单位' AND record_id = :id ORDER BY id")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly("新增", "修改");
        assertThat(jdbc.sql("""
                        SELECT changes::text FROM audit_entry WHERE record_type = '单位' AND record_id = :id
                        AND action = '修改'""").param("id", String.valueOf(id)).query(String.class).single())
                .contains("单位名称", name + "（改）", "单位类别", "事业单位", "行政机关");
    }

    @Test
    void badInputNamesTheFieldAndADuplicateNameIsRefused() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String name = "测试档案局" + SEQ.incrementAndGet() + System.nanoTime();

        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}")
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].label").value("单位名称"))
                .andExpect(jsonPath("$.errors[0].message").value("不能为空"));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "局".repeat(101) + "\"}").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("不能超过100个字"));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"甲\\n乙" + name + "\"}").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("ADMINISTRATIVE"));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" " + name + "\"}").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("已存在同名单位"));
    }

    @Test
    void aRoleWithoutOrgEditReadsTheListButCannotChangeIt() throws Exception {
        TestTree.Tree t = trees.build();
        String branch = trees.account("BRANCH_SECRETARY", t.a1(), t.memberA1());
        String staff = trees.account("WORK_COMMITTEE_STAFF", t.root(), null);
        String name = "测试审计局" + SEQ.incrementAndGet() + System.nanoTime();
        String created = mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}").with(httpBasic(staff, TestTree.PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/v1/units").param("q", name).with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "乙\"}").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/units/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "丙\",\"version\":0}").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units").param("q", name).with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), not(containsString("id=\"new-unit\"")),
                        not(containsString("/units/" + id + "/edit")))));
        mvc.perform(get("/units/new").with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + id).param("name", name + "丁").param("category", "ADMINISTRATIVE")
                        .param("version", "0").with(csrf()).with(httpBasic(branch, TestTree.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(name);
    }

    @Test
    void theUnitPagesListSearchCreateAndEditWithFieldNamedErrors() throws Exception {
        TestTree.Tree t = trees.build();
        String committee = trees.account("PARTY_COMMITTEE_SECRETARY", t.a(), null);
        String name = "测试统计局" + SEQ.incrementAndGet() + System.nanoTime();

        mvc.perform(get("/units").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"new-unit\""), containsString("id=\"nav-units\""),
                        containsString("共 "))));
        mvc.perform(post("/units").param("name", " ").param("category", "ADMINISTRATIVE").with(csrf())
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"form-problems\""),
                        containsString("单位名称：不能为空"))));
        mvc.perform(post("/units").param("name", name).param("category", "SUPERVISORY").with(csrf())
                        .with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM unit WHERE name = :name").param("name", name).query(Long.class).single();
        mvc.perform(get("/units").param("q", name).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(content().string(allOf(containsString(name), containsString("监察机关"),
                        containsString("/units/" + id + "/edit"), containsString("共 1 条"))));
        mvc.perform(get("/units/" + id + "/edit").with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("修改单位"), containsString("value=\"" + name + "\""))));
        mvc.perform(post("/units/" + id).param("name", "局".repeat(101)).param("category", "SUPERVISORY")
                        .param("version", "0").with(csrf()).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位名称：不能超过100个字")));
        mvc.perform(post("/units/" + id).param("name", name + "（改）").param("category", "SUPERVISORY")
                        .param("version", "0").with(csrf()).with(httpBasic(committee, TestTree.PASSWORD)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT name FROM unit WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo(name + "（改）");
    }
}
