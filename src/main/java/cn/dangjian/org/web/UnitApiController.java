package cn.dangjian.org.web;

import cn.dangjian.org.NewUnit;
import cn.dangjian.org.UnitChanges;
import cn.dangjian.org.UnitView;
import cn.dangjian.org.Units;
import cn.dangjian.shared.AccessScope;
import cn.dangjian.shared.PageRequest;
import cn.dangjian.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/units}: the government units (单位) organizations are set up in, so that an integration can set up
 * the structure the 组织设置 rules judge (ZB-01, JG-01, JG-02). Reading needs 查看党组织, changing 维护党组织.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "单位")
class UnitApiController {

    private final Units units;

    UnitApiController(Units units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "查询单位（分页，按名称过滤）")
    PageResult<UnitView> list(AccessScope scope, @RequestParam(required = false) String q,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return units.search(scope, q, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看单位")
    UnitView get(AccessScope scope, @PathVariable long id) {
        return units.get(scope, id);
    }

    @PostMapping
    @Operation(summary = "新增单位（类别缺省为行政机关）")
    ResponseEntity<UnitView> create(AccessScope scope, @RequestBody NewUnit unit) {
        long id = units.create(scope, unit);
        return ResponseEntity.status(HttpStatus.CREATED).body(units.get(scope, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改单位（需提供读取时的 version）")
    UnitView update(AccessScope scope, @PathVariable long id, @RequestBody UnitChanges changes) {
        units.update(scope, id, changes);
        return units.get(scope, id);
    }
}
