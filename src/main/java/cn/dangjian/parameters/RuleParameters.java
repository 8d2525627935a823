package cn.dangjian.parameters;

import static cn.dangjian.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dangjian.org.OrgUnitRef;
import cn.dangjian.org.OrgUnits;
import cn.dangjian.parameters.ParameterValues.Level;
import cn.dangjian.parameters.ParameterValues.Value;
import cn.dangjian.parameters.internal.ParameterStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.DateKind;
import cn.dangjian.shared.FieldProblem;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.ForbiddenException;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;
import cn.dangjian.shared.ScopeLevel;
import cn.dangjian.shared.TextKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parameters' facade: the values in force for an organization on a day (the organization's own override,
 * else the nearest ancestor's, else the platform-wide value, else the catalogue default), and setting them.
 */
@Service
@Transactional(readOnly = true)
public class RuleParameters {

    private static final Logger log = LoggerFactory.getLogger(RuleParameters.class);

    private final Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
    private final ParameterStore store;
    private final OrgUnits orgs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RuleParameters(List<ParameterCatalogue> catalogues, ParameterStore store, OrgUnits orgs,
                   ApplicationEventPublisher events, Clock clock) {
        catalogues.stream().flatMap(c -> c.parameters().stream()).forEach(d -> {
            if (definitions.putIfAbsent(d.key(), d) != null) {
                throw new IllegalStateException("parameter " + d.key() + " is declared twice");
            }
        });
        this.store = store;
        this.orgs = orgs;
        this.events = events;
        this.clock = clock;
    }

    /** Every parameter the modules declare, in their order. */
    @ReferenceData("参数的定义和默认值对所有人相同")
    public List<ParameterDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /**
     * The values in force on {@code date} for the organization with this materialised path ({@code /1/4/9/}),
     * or platform-wide when {@code orgPath} is null. Not scoped: the values are rules, not personal data, and
     * every module needs them to apply its rules to whatever it is evaluating.
     */
    @ForModules
    public ParameterValues valuesFor(String orgPath, LocalDate date) {
        List<Long> ancestry = ancestry(orgPath);
        return resolve(ancestry, date, usable(store.effective(ancestry, date)));
    }

    /**
     * Values for many organizations on one day with the settings read once — for evaluating a whole tree. The
     * resolver is a snapshot: settings made after it was taken are not seen.
     */
    @ForModules
    public ParameterResolver resolver(LocalDate date) {
        List<ParameterSetting> settings = usable(store.effectiveAll(date));
        return orgPath -> resolve(ancestry(orgPath), date, settings);
    }

    /** The values in force for any organization, by its materialised path ({@code null}: platform-wide). */
    @FunctionalInterface
    public interface ParameterResolver {
        ParameterValues valuesFor(String orgPath);
    }

    /** The parameters as the settings page shows them for the platform ({@code orgId} null) or one organization. */
    public List<ParameterView> list(AccessScope scope, Long orgId) {
        scope.require(Permission.RULE_PARAMETERS);
        String path = orgId == null ? null : orgs.refInScope(scope, orgId).path();
        LocalDate today = LocalDate.now(clock);
        ParameterValues values = valuesFor(path, today);
        Map<String, List<ParameterSetting>> history = new HashMap<>();
        store.history(orgId).forEach(s -> history.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        List<ParameterView> views = new ArrayList<>();
        for (ParameterDefinition d : definitions.values()) {
            Value v = values.value(d.key());
            List<ParameterView.SettingView> settings = history.getOrDefault(d.key(), List.of()).stream()
                    .map(s -> new ParameterView.SettingView(s.value() == null ? withdrawalLabel(orgId)
                            : d.display(s.value()), s.effectiveFrom(), s.reason(), s.setBy(), s.setAt(),
                            s.effectiveFrom().isAfter(today)))
                    .toList();
            views.add(new ParameterView(d, v.value(), d.display(v.value()), source(v, orgId), v.effectiveFrom(),
                    v.level() != Level.DEFAULT && Objects.equals(v.orgId(), orgId), settings));
        }
        return views;
    }

    /**
     * Sets a parameter for the platform (callers whose scope is 全部) or for one organization in the caller's
     * scope and its subtree, from today or a later day. Nothing is overwritten: the setting is added and
     * supersedes earlier ones from its date on.
     */
    @Transactional
    public void change(AccessScope scope, ChangeParameter cmd) {
        scope.require(Permission.RULE_PARAMETERS);
        if (cmd.orgId() == null && scope.level() != ScopeLevel.ALL) {
            throw new ForbiddenException("全平台参数只能由管理范围为“全部”的人员设置；您可以为本组织单独设置");
        }
        OrgUnitRef org = cmd.orgId() == null ? null : orgs.refInScope(scope, cmd.orgId());
        ParameterDefinition d = definitions.get(cmd.key());
        if (d == null) {
            throw new InvalidInputException("key", "参数", "没有参数“" + cmd.key() + "”");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = cmd.effectiveFrom() == null ? today : cmd.effectiveFrom();
        String value = blankToNull(cmd.value());
        List<FieldProblem> problems = new ArrayList<>();
        String reason = TextKind.LONG_TEXT.optional("reason", "调整依据", cmd.reason(), problems);
        DateKind.CALENDAR.check("effectiveFrom", "生效日期", cmd.effectiveFrom(), problems);
        if (value != null) {
            d.type().problem(value).ifPresent(p -> problems.add(new FieldProblem("value", d.label(), p)));
        }
        if (from.isBefore(today)) {
            problems.add(new FieldProblem("effectiveFrom", "生效日期", "不能早于今天（已形成的结果按当时的参数计算，不能追溯修改）"));
        }
        if (blankToNull(cmd.reason()) == null) {
            problems.add(new FieldProblem("reason", "调整依据", "请填写调整依据，如上级文件文号或会议决定"));
        }
        ParameterValues before = valuesFor(org == null ? null : org.path(), from);
        Value old = before.value(d.key());
        boolean setHere = old.level() != Level.DEFAULT && Objects.equals(old.orgId(), cmd.orgId());
        if (value == null && !setHere) {
            problems.add(new FieldProblem("value", d.label(), org == null ? "全平台未设置该参数，已在使用规则目录默认值"
                    : "本组织未单独设置该参数，无需恢复"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        value = value == null ? null : value.strip();
        store.insert(d.key(), cmd.orgId(), value, from, reason, scope.username());
        String newDisplay = value == null ? withdrawalLabel(cmd.orgId()) : d.display(value);
        events.publishEvent(new RuleParameterChanged(scope.username(), d.key(), cmd.orgId(), from, value == null,
                List.of(new FieldChange(d.label() + (org == null ? "（全平台）" : "（" + org.name() + "）"),
                                d.display(old.value()), newDisplay),
                        new FieldChange("生效日期", null, from.toString()), new FieldChange("调整依据", null, reason))));
    }

    /** The settings of known parameters with values still allowed; the others are logged and skipped. */
    private List<ParameterSetting> usable(List<ParameterSetting> settings) {
        return settings.stream().filter(s -> {
            ParameterDefinition d = definitions.get(s.key());
            boolean ok = d != null && (s.value() == null || d.type().problem(s.value()).isEmpty());
            if (!ok) {
                log.warn("ignoring setting {} of {}: unknown parameter or value {} no longer allowed", s.id(), s.key(),
                        s.value());
            }
            return ok;
        }).toList();
    }

    /** The value of each parameter from {@code settings}, which {@link #usable} has already filtered. */
    private ParameterValues resolve(List<Long> ancestry, LocalDate date, List<ParameterSetting> settings) {
        Map<String, Map<Long, ParameterSetting>> latest = new HashMap<>();
        Comparator<ParameterSetting> order = Comparator.comparing(ParameterSetting::effectiveFrom)
                .thenComparingLong(ParameterSetting::id);
        for (ParameterSetting s : settings) {
            latest.computeIfAbsent(s.key(), k -> new HashMap<>())
                    .merge(s.orgId() == null ? PLATFORM : s.orgId(), s, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        List<Long> levels = new ArrayList<>(ancestry);
        Collections.reverse(levels);
        levels.add(PLATFORM);
        Map<String, Value> values = new HashMap<>();
        for (ParameterDefinition d : definitions.values()) {
            Map<Long, ParameterSetting> byLevel = latest.getOrDefault(d.key(), Map.of());
            Value value = new Value(d.key(), d.defaultValue(), Level.DEFAULT, null, null);
            for (Long level : levels) {
                ParameterSetting s = byLevel.get(level);
                if (s != null && s.value() != null) {
                    value = new Value(d.key(), s.value(), s.orgId() == null ? Level.PLATFORM : Level.ORGANIZATION,
                            s.orgId(), s.effectiveFrom());
                    break;
                }
            }
            values.put(d.key(), value);
        }
        return new ParameterValues(date, values);
    }

    private static final Long PLATFORM = -1L;

    private String source(Value v, Long viewedOrgId) {
        return switch (v.level()) {
            case DEFAULT -> "规则目录默认值";
            case PLATFORM -> "全平台设置";
            case ORGANIZATION -> Objects.equals(v.orgId(), viewedOrgId) ? "本组织设置"
                    : "上级组织“" + orgs.ref(v.orgId()).map(OrgUnitRef::name).orElse("已撤销的组织") + "”设置";
        };
    }

    private static String withdrawalLabel(Long orgId) {
        return orgId == null ? "恢复规则目录默认值" : "恢复上级设置";
    }

    /** The ids in {@code /1/4/9/}, root first; none for the platform. */
    private static List<Long> ancestry(String path) {
        if (path == null) {
            return List.of();
        }
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
