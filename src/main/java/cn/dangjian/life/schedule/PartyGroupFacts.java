package cn.dangjian.life.schedule;

import java.time.LocalDate;
import java.util.Objects;

/** A party group (党小组) of the branch: its id, its name as shown in messages, and when it was set up ({@code null}: long ago). */
public record PartyGroupFacts(long id, String name, LocalDate establishedOn) {

    public PartyGroupFacts {
        Objects.requireNonNull(name, "name");
    }
}
