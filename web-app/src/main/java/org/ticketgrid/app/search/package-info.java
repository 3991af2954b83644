/** Event search over Elasticsearch, fed by change data capture. */
package org.ticketgrid.app.search;
