/** The search page: filters, facets, paging and suggestions over the search API's use case. */
package org.ticketgrid.app.search.web;
