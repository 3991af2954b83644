package org.ticketgrid.sandbox.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stripe's list envelope and cursor pagination ({@code limit}, {@code starting_after}, {@code
 * ending_before}), so stripe-java's {@code autoPagingIterable()} walks our lists unchanged.
 */
public final class ListPage {

  private static final int DEFAULT_LIMIT = 10;
  private static final int MAX_LIMIT = 100;

  private ListPage() {}

  /**
   * @param newestFirst every matching item in list order
   * @param id reads the cursor id of an item
   */
  public static <T> Map<String, Object> of(
      List<T> newestFirst,
      Function<T, String> id,
      Function<T, Map<String, Object>> view,
      Params params,
      String url) {
    int limit = params.integer("limit").map(Long::intValue).orElse(DEFAULT_LIMIT);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ApiException(
          ApiError.invalidParam("limit", "Invalid limit: must be between 1 and " + MAX_LIMIT));
    }
    int from = 0;
    int to = newestFirst.size();
    String after = params.string("starting_after").filter(s -> !s.isEmpty()).orElse(null);
    String before = params.string("ending_before").filter(s -> !s.isEmpty()).orElse(null);
    if (after != null) {
      from = indexOf(newestFirst, id, after, "starting_after") + 1;
    } else if (before != null) {
      to = indexOf(newestFirst, id, before, "ending_before");
      from = Math.max(0, to - limit);
    }
    int end = Math.min(to, from + limit);
    boolean hasMore = before != null ? from > 0 : end < to;
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("object", "list");
    page.put("data", newestFirst.subList(from, end).stream().map(view).toList());
    page.put("has_more", hasMore);
    page.put("url", url);
    return page;
  }

  private static <T> int indexOf(
      List<T> items, Function<T, String> id, String cursor, String param) {
    for (int i = 0; i < items.size(); i++) {
      if (cursor.equals(id.apply(items.get(i)))) {
        return i;
      }
    }
    throw new ApiException(ApiError.notFound("object", cursor, param));
  }
}
