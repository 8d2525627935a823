package cn.dangjian.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;


/**
 * Waits until every event listener has run and the compliance evaluations they requested are done, so a test can
 * then make the one change whose event it wants to see acted upon.
 */
@Component
public class EventsSettled {

    private final EventPublicationRegistry publications;
    private final JdbcClient jdbc;

    EventsSettled(EventPublicationRegistry publications, JdbcClient jdbc) {
        this.publications = publications;
        this.jdbc = jdbc;
    }

    public void await() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publications
                .findIncompletePublications().stream().allMatch(p -> p.getStatus() == EventPublication.Status.FAILED)
                && jdbc.sql("SELECT count(*) FROM compliance_pending").query(Long.class).single() == 0);
    }
}
