package cn.dangjian.transfer.internal;

import org.springframework.data.repository.CrudRepository;

/** Transfers, stored with Spring Data JDBC and their optimistic-lock version. */
public interface TransferRepository extends CrudRepository<Transfer, Long> {
}
