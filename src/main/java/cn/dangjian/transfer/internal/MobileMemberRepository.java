package cn.dangjian.transfer.internal;

import org.springframework.data.repository.CrudRepository;

/** The 流动党员 register, stored with Spring Data JDBC and its optimistic-lock version. */
public interface MobileMemberRepository extends CrudRepository<MobileMember, Long> {
}
