package cn.dangjian.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dangjian.org.internal.OrgUnitStore;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.ForModules;
import cn.dangjian.shared.InvalidInputException;
import cn.dangjian.shared.Permission;
import cn.dangjian.shared.ReferenceData;
import cn.dangjian.shared.TextKind;
import cn.dangjian.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 机关 units (单位) that organizations and members belong to: the list, one unit, adding one, and each unit's
 * organizations. Units are shared reference data, not scoped like the tree.
 */
@Service
@Transactional(readOnly = true)
public class Units {

    private final OrgUnitStore store;

    Units(OrgUnitStore store) {
        this.store = store;
    }

    @ReferenceData("单位名录（机关单位名称和类别）不含个人信息，对所有人相同")
    public List<UnitView> list() {
        return store.units();
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

    @Transactional
    public long create(AccessScope scope, String name, UnitCategory category) {
        scope.require(Permission.ORG_EDIT);
        String typed = TextKind.SHORT_TEXT.required("name", "单位名称", name);
        if (store.unitByName(typed).isPresent()) {
            throw new InvalidInputException("name", "单位名称", "已存在同名单位");
        }
        return store.insertUnit(typed, category == null ? UnitCategory.ADMINISTRATIVE : category);
    }

    /**
     * Each unit in {@code unitIds} with its active organizations, in one statement. Not scoped: a unit's
     * organizations tell other modules whether it has a branch of its own (ZB-01).
     */
    @ForModules
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, UnitOrganizations> organizations(Collection<Long> unitIds) {
        Map<Long, UnitOrganizations> units = new HashMap<>();
        store.unitOrganizations(unitIds).forEach(u -> units.put(u.unit().id(), u));
        return units;
    }
}
