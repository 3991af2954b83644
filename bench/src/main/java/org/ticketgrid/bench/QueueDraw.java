package org.ticketgrid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ticketgrid.waitingroom.DrawOrder;

/**
 * Re-runs a waiting room's published pre-queue draw: {@code ./ticketing draw <eventId>} (reads
 * {@code GET /api/v1/events/{id}/queue/draw} of the local app, or {@code --base URL}), or offline
 * with {@code --seed S --participants N}. Prints one line per place: the place and the pre-queue
 * number (order of arrival) that got it, so anyone can check the line they were shown.
 */
public final class QueueDraw {

    private QueueDraw() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:8080";
        String eventId = null;
        Long seed = null;
        Integer participants = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--participants" -> participants = Integer.parseInt(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: ./ticketing draw <eventId> [--base URL] | --seed S --participants N");
                    return;
                }
                default -> eventId = args[i];
            }
        }
        if (seed == null || participants == null) {
            if (eventId == null) {
                throw new IllegalArgumentException("give an event id, or --seed and --participants");
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/events/" + eventId + "/queue/draw")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                System.err.println("no published draw for " + eventId + " (HTTP " + r.statusCode() + ")");
                System.exit(1);
            }
            JsonNode draw = new ObjectMapper().readTree(r.body());
            if (!DrawOrder.ALGORITHM.equals(draw.get("algorithm").asText())) {
                throw new IllegalStateException("unknown algorithm " + draw.get("algorithm").asText());
            }
            seed = draw.get("seed").asLong();
            participants = draw.get("participants").asInt();
            System.out.println("# event " + eventId + ", drawn at " + draw.get("drawnAt").asText());
        }
        System.out.println("# algorithm " + DrawOrder.ALGORITHM + ", seed " + seed + ", participants " + participants);
        System.out.println("place\tprequeue_number");
        DrawOrder order = DrawOrder.of(seed, participants);
        for (int place = 1; place <= participants; place++) {
            System.out.println(place + "\t" + order.numberAt(place));
        }
    }
}
