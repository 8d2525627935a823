package cn.dangjian.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, chains the entries written before the trail carried digests (once; later a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditChainSealing implements ApplicationRunner {

    private final AuditChain chain;

    AuditChainSealing(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public void run(ApplicationArguments args) {
        chain.sealLegacy();
    }
}
