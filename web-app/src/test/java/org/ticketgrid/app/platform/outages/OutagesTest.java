package org.ticketgrid.app.platform.outages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.stripe.exception.ApiConnectionException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.KafkaException;
import org.springframework.transaction.CannotCreateTransactionException;

class OutagesTest {

    @Test
    void gridFailuresAreTheGridsEvenWrapped() {
        assertThat(Outages.causeOf(new HazelcastClientOfflineException())).contains(Outages.Service.GRID);
        assertThat(Outages.causeOf(new HazelcastClientNotActiveException("Client is not active")))
                .contains(Outages.Service.GRID);
        assertThat(Outages.causeOf(new OperationTimeoutException("timed out"))).contains(Outages.Service.GRID);
        assertThat(Outages.causeOf(new IllegalStateException(new TargetDisconnectedException("left"))))
                .contains(Outages.Service.GRID);
    }

    @Test
    void databaseFailuresAreTheDatabases() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(Outages.causeOf(new CannotGetJdbcConnectionException("no connection", pool)))
                .contains(Outages.Service.DATABASE);
        assertThat(Outages.causeOf(new CannotCreateTransactionException("no transaction", pool)))
                .contains(Outages.Service.DATABASE);
        assertThat(Outages.causeOf(new java.sql.SQLException("refused", "08001"))).contains(Outages.Service.DATABASE);
        assertThat(Outages.causeOf(new java.sql.SQLException("duplicate key", "23505"))).isEmpty();
    }

    @Test
    void kafkaTimeoutsAreKafkas() {
        var timeout = new org.apache.kafka.common.errors.TimeoutException("Topic not present in metadata");
        assertThat(Outages.causeOf(new IllegalStateException("Kafka did not acknowledge",
                new ExecutionException(new KafkaException("send failed", timeout))))).contains(Outages.Service.KAFKA);
    }

    @Test
    void aRefusedConnectionIsNamedByWhoseClientMadeIt() {
        ConnectException search = new ConnectException("Connection refused");
        search.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.elasticsearch.client.RestClient", "performRequest", "RestClient.java", 1)});
        assertThat(Outages.causeOf(new UncheckedIOException(search))).contains(Outages.Service.SEARCH);
        assertThat(Outages.causeOf(new ApiConnectionException("no route"))).contains(Outages.Service.PAYMENTS);
        ConnectException unknown = new ConnectException("Connection refused");
        unknown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.example.Other", "call", "Other.java", 1)});
        assertThat(Outages.causeOf(new UncheckedIOException(unknown))).isEmpty();
    }

    @Test
    void bugsAreNotOutages() {
        assertThat(Outages.causeOf(new NullPointerException())).isEmpty();
        assertThat(Outages.causeOf(new IllegalArgumentException("bad", new IllegalStateException()))).isEmpty();
    }

    @Test
    void theProblemNamesTheServiceAndTheWait() {
        assertThat(OutageAnswer.problemJson(Outages.Service.GRID, 5))
                .contains("\"status\":503", "\"code\":\"service-unavailable\"", "\"service\":\"grid\"",
                        "\"retryAfterSeconds\":5");
    }
}
