package cn.dangjian.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.org.internal.OrgUnitStore;
import cn.dangjian.org.internal.UnitStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.AuditedChange.FieldChange;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.NotFoundException;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.TextKind;
import cn.dangjian.shared.Texts;
import cn.dangjian.shared.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 机关 units (单位) that organizations and members belong to: the list, one unit, adding and editing one, and
 * each unit's organizations. Units are shared reference data, not scoped like the tree: anyone who sees
 * organizations sees the list, and changing it is a 维护党组织 (ORG_EDIT) write, audited like other org changes.
 */
@Service
@Transactional(readOnly = true)
public class Units {

    static final String NOT_FOUND = "未找到该单位";

    private final UnitStore store;
    private final OrgUnitStore orgStore;
    private final ApplicationEventPublisher events;

    Units(UnitStore store, OrgUnitStore orgStore, ApplicationEventPublisher events) {
        this.store = store;
        this.orgStore = orgStore;
        this.events = events;
    }

    @ReferenceData("单位名录（机关单位名称和类别）不含个人信息，对所有人相同")
    public List<UnitView> list() {
        return store.units();
    }

    /** One page of units whose name contains {@code text}, for the 单位 page and API. */
    public PageResult<UnitView> search(AccessScope scope, String text, PageRequest page) {
        scope.require(Permission.ORG_VIEW);
        return store.searchUnits(text, page);
    }

    public UnitView get(AccessScope scope, long id) {
        scope.require(Permission.ORG_VIEW);
        return store.unit(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    @ForModules
    public Optional<UnitView> byName(String name) {
        String typed = Texts.blankToNull(name);
        return typed == null ? Optional.empty() : store.unitByName(typed);
    }

    @ForModules
    public Optional<UnitView> find(long id) {
        return store.unit(id);
    }

    /** Adds a unit; a missing category means 行政机关, the usual case. */
    @Transactional
    public long create(AccessScope scope, String name, UnitCategory category) {
        return create(scope, new NewUnit(name, category));
    }

    @Transactional
    public long create(AccessScope scope, NewUnit unit) {
        scope.require(Permission.ORG_EDIT);
        String name = checkName(unit.name(), null);
        UnitCategory category = unit.category() == null ? UnitCategory.ADMINISTRATIVE : unit.category();
        long id;
        try {
            id = store.insertUnit(name, category);
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        events.publishEvent(new UnitCreated(scope.username(), id, name, category));
        return id;
    }

    /** Renames or recategorizes a unit, guarded by the version the editor saw. */
    @Transactional
    public void update(AccessScope scope, long id, UnitChanges changes) {
        scope.require(Permission.ORG_EDIT);
        UnitView before = store.unit(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        String name = checkName(changes.name(), id);
        UnitCategory category = changes.category() == null ? before.category() : changes.category();
        boolean updated;
        try {
            updated = store.updateUnit(id, name, category, changes.version());
        } catch (DuplicateKeyException e) {
            throw duplicateName();
        }
        if (!updated) {
            throw OrgUnits.concurrentEdit();
        }
        List<FieldChange> diff = new ArrayList<>();
        if (!before.name().equals(name)) {
            diff.add(new FieldChange("单位名称", before.name(), name));
        }
        if (before.category() != category) {
            diff.add(new FieldChange("单位类别", before.category().label(), category.label()));
        }
        if (!diff.isEmpty()) {
            events.publishEvent(new UnitChanged(scope.username(), id, diff));
        }
    }

    /** The cleaned name (a short text: required, bounded, no control characters), unique among units. */
    private String checkName(String raw, Long self) {
        String name = TextKind.SHORT_TEXT.required("name", "单位名称", raw);
        if (store.unitByName(name).filter(u -> self == null || u.id() != self).isPresent()) {
            throw duplicateName();
        }
        return name;
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("name", "单位名称", "已存在同名单位");
    }

    /**
     * Each unit in {@code unitIds} with its active organizations, in one statement. Not scoped: a unit's
     * organizations tell other modules whether it has a branch of its own (ZB-01).
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, UnitOrganizations> organizations(Collection<Long> unitIds) {
        Map<Long, UnitOrganizations> units = new HashMap<>();
        orgStore.unitOrganizations(unitIds).forEach(u -> units.put(u.unit().id(), u));
        return units;
    }
}
