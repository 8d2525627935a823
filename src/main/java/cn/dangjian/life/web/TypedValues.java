package cn.dangjian.life.web;

import java.util.List;

import org.springframework.util.MultiValueMap;

/** The form's values as typed, for the template: the i-th value of a repeated field such as an agenda row's. */
public record TypedValues(MultiValueMap<String, String> values) {

    public String at(String name, int i) {
        List<String> all = values.get(name);
        return all != null && i < all.size() ? all.get(i) : "";
    }

    /** Whether agenda row {@code i} is put to the vote. */
    public boolean voted(int i) {
        List<String> all = values.get("itemVote");
        return all != null && all.contains(String.valueOf(i));
    }
}
