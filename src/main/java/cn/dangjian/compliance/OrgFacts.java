package cn.dangjian.compliance;

import java.util.Map;
import java.util.Optional;

import cn.dangjian.org.OrgUnitRef;

/** Everything the rules may read about one organization: the organization itself and the facts each provider gathered. */
public record OrgFacts(OrgUnitRef org, Map<Class<?>, Object> facts) {

    public OrgFacts {
        facts = Map.copyOf(facts);
    }

    /** The facts of {@code type}, if its provider gathered any for this organization. */
    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(facts.get(type)));
    }

    /** The facts of {@code type}; a rule that declares it reads them may rely on their presence. */
    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " for " + org));
    }
}
