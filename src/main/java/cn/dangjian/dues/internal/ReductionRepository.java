package cn.dangjian.dues.internal;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

/** The 少交/免交 aggregates, stored with Spring Data JDBC and their optimistic-lock version. */
public interface ReductionRepository extends CrudRepository<Reduction, Long> {

    @Query("SELECT * FROM dues_reduction WHERE member_id = :member ORDER BY applied_on DESC, id DESC")
    List<Reduction> findByMember(@Param("member") long memberId);
}
