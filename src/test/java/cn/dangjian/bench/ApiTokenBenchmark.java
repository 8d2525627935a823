package cn.dangjian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dangjian.demo.DemoTier;
import cn.dangjian.identity.Accounts;
import cn.dangjian.identity.ApiTokens;
import cn.dangjian.identity.NewAccount;
import cn.dangjian.shared.AccessScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a personal API token costs per request compared with a browser session and HTTP Basic (one BCrypt per
 * request): {@code GET /api/v1/members?page=1&size=20} over real HTTP on loopback, a fixed number of requests
 * from a few client threads, for a 机关党委 secretary of one generated district (~150 organizations, ~3,000
 * members, kept in {@code target/bench-token-pg}). Prints requests per second and the ratios token/session
 * (goal ≥ 50%) and Basic/session. Run with {@code bench/run.sh -Dtest=ApiTokenBenchmark}; about two minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dangjian.embedded-db.data-dir=target/bench-token-pg",
        "dangjian.embedded-db.clean=false",
        "dangjian.crypto.key-file=target/bench-keys/sm4.key",
        "dangjian.imports.work-dir=target/bench-imports",
        "spring.datasource.hikari.maximum-pool-size=8"})
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ApiTokenBenchmark extends CityBenchmark {

    private static final String USER = "bench_token_user";
    private static final String PASSWORD = "Bench@2026pw";
    private static final String PATH = "/api/v1/members?page=1&size=20";
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int FAST_REQUESTS = Integer.getInteger("bench.requests", 4000);
    private static final int BASIC_REQUESTS = Integer.getInteger("bench.basicRequests", 400);

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    cn.dangjian.identity.SignIn signIn;
    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void run() throws Exception {
        long committee = prepare();
        print("数据规模：组织 %,d 个，党员 %,d 人；账号为机关党委书记（%d 号组织及其下级）；%d 个客户端线程，本机回环 HTTP",
                count("SELECT count(*) FROM org_unit"), count("SELECT count(*) FROM member"), committee, THREADS);
        String cookie = "JSESSIONID=" + signIn();
        String token = tokens.create(signIn.scopeOf(USER), "基准测试", null).secret();
        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        double session = measure("(a) 浏览器会话 Cookie", "Cookie", cookie, FAST_REQUESTS);
        double bearer = measure("(b) 访问令牌 Bearer", "Authorization", "Bearer " + token, FAST_REQUESTS);
        double basicRate = measure("(c) HTTP Basic（每次请求一次 BCrypt）", "Authorization", basic, BASIC_REQUESTS);
        print("访问令牌 / 会话 = %.0f%%（目标 ≥ 50%%）%s；HTTP Basic / 会话 = %.0f%%", 100 * bearer / session,
                bearer / session >= 0.5 ? "达标" : "未达标", 100 * basicRate / session);
        finish("bench-api-token-results.txt");
    }

    /** The district and the account, created on the first run; returns the 机关党委 the account is anchored at. */
    private long prepare() {
        if (count("SELECT count(*) FROM org_unit") == 0) {
            long start = System.nanoTime();
            generator.generate(DemoTier.DISTRICT, 0, "", false);
            print("生成区级数据用时 %.1f 秒", (System.nanoTime() - start) / 1e9);
        }
        long committee = jdbc.sql("""
                        SELECT o.id FROM org_unit o WHERE o.type = 'PARTY_COMMITTEE' AND o.active
                        ORDER BY (SELECT count(*) FROM member m WHERE m.org_path LIKE o.path || '%') DESC, o.id LIMIT 1""")
                .query(Long.class).single();
        if (count("SELECT count(*) FROM app_user WHERE username = '" + USER + "'") == 0) {
            accounts.createPreset(AccessScope.system(), new NewAccount(USER, PASSWORD, "基准测试", "PARTY_COMMITTEE_SECRETARY",
                    committee, null, List.of()));
        }
        return committee;
    }

    /** Signs in through the login form like a browser (CSRF token included); returns the session id. */
    private String signIn() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("登录页没有 CSRF 令牌");
        }
        String form = "username=" + USER + "&password=" + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", sessionCookie(page.headers().allValues("Set-Cookie")))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String session = sessionCookie(login.headers().allValues("Set-Cookie"));
        if (login.statusCode() != 302 || session.isEmpty()) {
            throw new IllegalStateException("登录失败：HTTP " + login.statusCode());
        }
        return session.substring("JSESSIONID=".length());
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst()
                .orElse("");
    }

    /** Warms up, then sends {@code requests} GETs from {@link #THREADS} threads; returns requests per second. */
    private double measure(String label, String header, String value, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(PATH)).header(header, value).GET().build();
        run(request, Math.max(THREADS * 10, requests / 10));
        long start = System.nanoTime();
        run(request, requests);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = requests / seconds;
        print("%s：%,d 次请求，%.1f 秒，%,.0f 次/秒", label, requests, seconds, rate);
        return rate;
    }

    private void run(HttpRequest request, int requests) throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200 || response.body().length < 50) {
                            throw new IllegalStateException("HTTP " + response.statusCode() + "："
                                    + new String(response.body(), StandardCharsets.UTF_8));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
