package cn.dangjian.duty.internal;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** Rectification items, each with its optimistic-lock version. */
public interface RectificationItemRepository extends CrudRepository<RectificationItem, Long> {

    List<RectificationItem> findByInspectionIdOrderByPosition(long inspectionId);
}
