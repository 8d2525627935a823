package cn.dangjian.duty.internal;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The assignees' parts of supervised tasks, with their history and optimistic-lock version. */
public interface AssignmentRepository extends CrudRepository<Assignment, Long> {

    List<Assignment> findByTaskIdOrderById(long taskId);
}
