package org.ticketgrid.app.platform.outages;

import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import com.stripe.exception.ApiConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an outage of a backing service from a bug: walks an exception's causes and names the
 * service that is away, or nothing when the failure is ours (which stays a logged 500).
 */
public final class Outages {

    /** A backing service, as named in the 503 answer and in {@code /actuator/health}. */
    public enum Service {
        GRID("grid"), DATABASE("database"), KAFKA("kafka"), SEARCH("search"), PAYMENTS("payments");

        private final String id;

        Service(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final int MAX_DEPTH = 16;

    private Outages() {
    }

    /** The service whose absence caused {@code failure}, if any. */
    public static Optional<Service> causeOf(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            Service service = direct(t);
            if (service != null) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    private static Service direct(Throwable t) {
        // The grid: disconnected (offline while reconnecting), shut down, a call that outlived the
        // invocation timeout, a member that left mid-call, or too few members to accept writes.
        if (t instanceof HazelcastClientOfflineException || t instanceof HazelcastClientNotActiveException
                || t instanceof HazelcastInstanceNotActiveException || t instanceof OperationTimeoutException
                || t instanceof SplitBrainProtectionException || t instanceof TargetDisconnectedException
                || (t instanceof RetryableException && t.getClass().getName().startsWith("com.hazelcast."))) {
            return Service.GRID;
        }
        // PostgreSQL: no connection from the pool (Hikari's timeout), refused or broken connections.
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08"))) {
            return Service.DATABASE;
        }
        // Kafka: the broker did not take a record in time (metadata or acknowledgement).
        if (t instanceof org.apache.kafka.common.errors.TimeoutException
                || t instanceof org.apache.kafka.common.errors.NetworkException
                || t instanceof org.apache.kafka.common.errors.DisconnectException) {
            return Service.KAFKA;
        }
        if (t instanceof ApiConnectionException) {
            return Service.PAYMENTS;
        }
        // Plain network failures: whose, the stack tells (the Elasticsearch client, the payment
        // provider); an unknown caller's connection failure is left alone (not ours to name).
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                || t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException
                || (t instanceof IOException && (t.getClass().getSimpleName().equals("ConnectTimeoutException")
                        || t.getClass().getSimpleName().equals("ConnectionClosedException")))) {
            return fromStack(t);
        }
        return null;
    }

    private static Service fromStack(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            for (StackTraceElement frame : x.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith("org.elasticsearch.client.") || type.startsWith("co.elastic.clients.")
                        || type.contains(".search.")) {
                    return Service.SEARCH;
                }
                if (type.startsWith("com.stripe.")) {
                    return Service.PAYMENTS;
                }
            }
        }
        return null;
    }
}
