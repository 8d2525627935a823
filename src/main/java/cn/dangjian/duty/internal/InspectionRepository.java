package cn.dangjian.duty.internal;

import org.springframework.data.repository.CrudRepository;

/** Inspections' feedback, with their report dates and optimistic-lock version. */
public interface InspectionRepository extends CrudRepository<Inspection, Long> {
}
