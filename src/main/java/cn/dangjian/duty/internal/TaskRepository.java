package cn.dangjian.duty.internal;

import org.springframework.data.repository.CrudRepository;

/** Supervised tasks, stored with Spring Data JDBC and their optimistic-lock version. */
public interface TaskRepository extends CrudRepository<Task, Long> {
}
