package cn.dangjian.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per remote address: after {@code dangjian.security.max-failed-logins-per-address} (20)
 * failures within {@code address-window-minutes} (15), every attempt from that address is refused for
 * {@code address-block-minutes} (15), whichever account it names. Kept in memory, for at most
 * {@code address-capacity} addresses (expired windows go first, then the oldest).
 */
@Component
class AddressThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final int capacity;
    private final Map<String, Tally> tallies = new HashMap<>();

    AddressThrottle(Clock clock,
                    @Value("${dangjian.security.max-failed-logins-per-address:20}") int maxFailures,
                    @Value("${dangjian.security.address-window-minutes:15}") int windowMinutes,
                    @Value("${dangjian.security.address-block-minutes:15}") int blockMinutes,
                    @Value("${dangjian.security.address-capacity:10000}") int capacity) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
        this.block = Duration.ofMinutes(blockMinutes);
        this.capacity = capacity;
    }

    synchronized boolean blocked(String address) {
        Tally tally = tallies.get(address);
        return tally != null && tally.blockedUntil != null && tally.blockedUntil.isAfter(Instant.now(clock));
    }

    /** Counts a failure; says whether it started a block. */
    synchronized boolean failed(String address) {
        Instant now = Instant.now(clock);
        Tally tally = tallies.get(address);
        if (tally == null || tally.expiredAt(now, window)) {
            if (tally == null && tallies.size() >= capacity) {
                makeRoom(now);
            }
            tally = new Tally(now);
            tallies.put(address, tally);
        }
        tally.failures++;
        if (tally.failures >= maxFailures && tally.blockedUntil == null) {
            tally.blockedUntil = now.plus(block);
            return true;
        }
        return false;
    }

    synchronized int size() {
        return tallies.size();
    }

    private void makeRoom(Instant now) {
        tallies.values().removeIf(t -> t.expiredAt(now, window));
        if (tallies.size() >= capacity) {
            tallies.entrySet().stream().min(Comparator.comparing(e -> e.getValue().start))
                    .map(Map.Entry::getKey).ifPresent(tallies::remove);
        }
    }

    private static final class Tally {

        private final Instant start;
        private int failures;
        private Instant blockedUntil;

        Tally(Instant start) {
            this.start = start;
        }

        boolean expiredAt(Instant now, Duration window) {
            boolean windowOver = !start.plus(window).isAfter(now);
            return windowOver && (blockedUntil == null || !blockedUntil.isAfter(now));
        }
    }
}
