/** CDC (Debezium via Kafka) to the Elasticsearch search index. */
package org.ticketgrid.pipelines.search;
