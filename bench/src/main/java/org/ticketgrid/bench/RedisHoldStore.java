package org.ticketgrid.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The usual "Redis lock" design: one key per seat, a Lua script that does {@code SET NX PX} for
 * every requested seat and deletes what it set if one is already taken (all or nothing, atomic
 * because Redis runs a script alone). Release deletes a seat's key only if it still holds this
 * hold's id. Runs against a private redis-server with persistence off.
 */
public final class RedisHoldStore implements HoldStore {

    private static final String HOLD = """
            for i = 1, #KEYS do
              if not redis.call('SET', KEYS[i], ARGV[1], 'NX', 'PX', ARGV[2]) then
                for j = 1, i - 1 do redis.call('DEL', KEYS[j]) end
                return 0
              end
            end
            return 1
            """;
    private static final String RELEASE = """
            local n = 0
            for i = 1, #KEYS do
              if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]); n = n + 1 end
            end
            return n
            """;
    private static final String PREFIX = "seat:";

    private final JedisPool pool;
    private final String holdSha;
    private final String releaseSha;

    public RedisHoldStore(String host, int port, int poolSize) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(poolSize);
        config.setMaxIdle(poolSize);
        config.setMinIdle(Math.min(poolSize, 16));
        config.setJmxEnabled(false);
        this.pool = new JedisPool(config, host, port);
        try (Jedis j = pool.getResource()) {
            holdSha = j.scriptLoad(HOLD);
            releaseSha = j.scriptLoad(RELEASE);
        }
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public void prepare(Shape shape) {
        // Free seats have no key: nothing to create; forget what an earlier run left.
        deleteAll(shape);
    }

    @Override
    public Outcome hold(Shape shape, HoldRequest request, long holdId, long nowMillis, long untilMillis) {
        try (Jedis j = pool.getResource()) {
            Object r = j.evalsha(holdSha, keys(request),
                    List.of(Long.toString(holdId), Long.toString(Math.max(1, untilMillis - nowMillis))));
            return ((Long) r) == 1L ? Outcome.HELD : Outcome.TAKEN;
        }
    }

    @Override
    public int release(Shape shape, HoldRequest request, long holdId) {
        try (Jedis j = pool.getResource()) {
            return ((Long) j.evalsha(releaseSha, keys(request), List.of(Long.toString(holdId)))).intValue();
        }
    }

    @Override
    public Map<Long, Long> liveHolders(Shape shape, long nowMillis) {
        Map<Long, Long> live = new HashMap<>();
        try (Jedis j = pool.getResource()) {
            for (List<String> batch : scan(j)) {
                List<String> values = j.mget(batch.toArray(String[]::new));
                for (int i = 0; i < batch.size(); i++) {
                    long seat = Long.parseLong(batch.get(i).substring(PREFIX.length()));
                    if (values.get(i) != null && inShape(shape, seat)) {
                        live.put(seat, Long.parseLong(values.get(i)));
                    }
                }
            }
        }
        return live;
    }

    @Override
    public void dispose(Shape shape) {
        deleteAll(shape);
    }

    @Override
    public void close() {
        pool.close();
    }

    private void deleteAll(Shape shape) {
        try (Jedis j = pool.getResource()) {
            for (List<String> batch : scan(j)) {
                List<String> mine = batch.stream()
                        .filter(k -> inShape(shape, Long.parseLong(k.substring(PREFIX.length())))).toList();
                if (!mine.isEmpty()) {
                    j.del(mine.toArray(String[]::new));
                }
            }
        }
    }

    private static boolean inShape(Shape shape, long seatId) {
        long section = seatId >>> org.ticketgrid.inventory.SeatId.INDEX_BITS;
        return section >= shape.firstSectionId() && section < shape.firstSectionId() + shape.sections();
    }

    private static List<List<String>> scan(Jedis j) {
        List<List<String>> batches = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams params = new ScanParams().match(PREFIX + "*").count(1000);
        do {
            ScanResult<String> r = j.scan(cursor, params);
            if (!r.getResult().isEmpty()) {
                batches.add(r.getResult());
            }
            cursor = r.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return batches;
    }

    private static List<String> keys(HoldRequest request) {
        List<String> keys = new ArrayList<>(request.seats().length);
        for (int i = 0; i < request.seats().length; i++) {
            keys.add(PREFIX + request.seatId(i));
        }
        return keys;
    }
}
