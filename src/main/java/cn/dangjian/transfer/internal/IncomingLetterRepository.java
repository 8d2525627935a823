package cn.dangjian.transfer.internal;

import org.springframework.data.repository.CrudRepository;

/** Letters received from outside the platform, stored with Spring Data JDBC and their optimistic-lock version. */
public interface IncomingLetterRepository extends CrudRepository<IncomingLetter, Long> {
}
