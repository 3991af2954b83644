package org.ticketgrid.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ticketgrid.app.support.Api;
import org.ticketgrid.app.support.TestAccounts;
import org.ticketgrid.app.support.IntegrationTest;

/**
 * Hostile input against every operation of the live OpenAPI document ({@code /v3/api-docs}), as an
 * anonymous client, a customer and a merchant: malformed JSON, a wrong JSON type in each field the
 * schema names, control characters and unpaired surrogates in each string, huge strings and
 * numbers, broken multipart bodies, illegal characters in path and query parameters. Then, over a
 * raw socket, what {@code java.net.http} refuses to send: an unescaped {@code <}, {@code %2F},
 * {@code %00} and {@code ..;/} in paths, oversized headers and URLs, TRACE. Every answer must be
 * below 500, problem+json on {@code /api/**} when it is an error, and free of Java class names and
 * stack traces; afterwards the main tables hold as many rows as before and nowhere the marker that
 * every hostile string carries.
 */
@IntegrationTest
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "hstl" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> TABLES = List.of("users", "venues", "events", "ticket_types", "orders",
            "tickets", "refunds");
    private static final Pattern LEAK = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|org\\.springframework|org\\.apache|tools\\.jackson|com\\.fasterxml|"
                    + "Exception|\\bat [a-z]+\\.[a-z]+\\.|Apache Tomcat|Whitelabel");
    private static final String ANONYMOUS = "anonymous";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int serverErrors;
    private JsonNode components;

    @Test
    void noOperationAnswersHostileInputWithA5xxALeakOrAStoredRow() throws Exception {
        Api api = new Api(port);
        JsonNode docs = api.get("/v3/api-docs").json();
        components = docs.path("components").path("schemas");
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put(ANONYMOUS, null);
        identities.put("customer", TestAccounts.customer(api).token());
        identities.put("merchant", TestAccounts.merchant(api).token());
        Map<String, Long> before = counts();
        long started = System.nanoTime();

        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext();) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                var op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                attack(method, path.getKey(), op.getValue(), ANONYMOUS, null);
                attack(method, path.getKey(), op.getValue(), "customer", identities.get("customer"));
                if (refusesCustomers(method, path.getKey(), op.getValue(), identities.get("customer"))) {
                    attack(method, path.getKey(), op.getValue(), "merchant", identities.get("merchant"));
                }
            }
        }
        rawSocketAttacks();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("HostileInputIT: %d operations, %d requests, %d answers 5xx, %d findings, %d s%n",
                operations, requests, serverErrors, failures.size(), seconds);

        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(20);
        assertThat(failures).as("hostile-input findings").isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(counts()).as("rows of the main tables").isEqualTo(before);
        for (String table : TABLES) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?")
                    .param("%" + MARKER + "%").query(Long.class).single()).as("marker in " + table).isZero();
        }
    }

    private void attack(String method, String template, JsonNode operation, String who, String token) {
        if (template.endsWith("/stream")) {
            // A stream stays open when it starts: only ids that must be refused at once.
            for (String bad : illegalPathValues()) {
                send(method, fill(template, bad), null, null, token, who);
            }
            return;
        }
        String path = fill(template, UUID.randomUUID().toString());
        JsonNode schema = requestSchema(operation);
        boolean hasBody = schema != null;
        if (hasBody) {
            for (String broken : List.of("{", "[", "nul", "{\"a\":}", "{\"a\" 1}", "\"" + MARKER, "{}}",
                    "{\"" + MARKER + "\":\"\\u0000\"}", "[" .repeat(5_000), "\u0000", "{\"x\":\"\\ud800\"}")) {
                send(method, path, "application/json", broken, token, who);
            }
            ObjectNode valid = sample(schema);
            for (Iterator<String> names = valid.fieldNames(); names.hasNext();) {
                String field = names.next();
                for (JsonNode wrong : wrongValues(property(schema, field))) {
                    ObjectNode body = valid.deepCopy();
                    body.set(field, wrong);
                    send(method, path, "application/json", body.toString(), token, who);
                }
                // Strings the JSON writer cannot produce: a lone surrogate escape.
                send(method, path, "application/json", valid.deepCopy().put(field, "X").toString()
                        .replace("\"" + field + "\":\"X\"", "\"" + field + "\":\"" + MARKER + "\\udc00\""), token,
                        who);
            }
            send(method, path, "application/json", "[" + valid + "]", token, who);
        }
        // Multipart where JSON (or nothing) is expected: broken, and well-formed.
        send(method, path, "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"a\""
                + "\r\n\r\n" + MARKER + "\r\n--XyZ", token, who);
        send(method, path, "multipart/form-data", "garbage", token, who);
        send(method, path, "multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"q\""
                + "\r\n\r\n" + MARKER + "\r\n--XyZ--\r\n", token, who);
        send(method, path, "application/x-www-form-urlencoded", "q=%00" + MARKER + "&page=%ZZ", token, who);
        send(method, path, "text/plain", MARKER, token, who);
        for (String bad : illegalPathValues()) {
            if (template.contains("{")) {
                send(method, fill(template, bad), hasBody ? "application/json" : null, hasBody ? "{}" : null, token,
                        who);
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.get("name").asText();
            for (String value : queryValues(parameter.path("schema"))) {
                send(method, path + "?" + name + "=" + value, hasBody ? "application/json" : null,
                        hasBody ? "{}" : null, token, who);
            }
        }
        HttpRequest.Builder big = request(path, token).header("X-Huge", "h".repeat(7_000));
        exchange(method, path, big, null, null, who);
    }

    /** Whether the operation is a merchant's: the customer's request is refused with 403. */
    private boolean refusesCustomers(String method, String template, JsonNode operation, String token) {
        JsonNode schema = requestSchema(operation);
        HttpRequest.Builder request = request(fill(template, UUID.randomUUID().toString()), token);
        if (schema != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, schema == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}")); // the role check comes before the body
        requests++;
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            check(method + " " + template + " as customer (probe)", template, answer.statusCode(),
                    answer.headers().firstValue("Content-Type").orElse(""), answer.body());
            return answer.statusCode() == 403;
        } catch (IOException e) {
            failures.add(method + " " + template + ": no answer to the probe (" + e + ")");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> illegalPathValues() {
        return List.of("%3Cscript%3E", "%27%20OR%201%3D1--", "%F0%9F%98%80", "%C0%AF", "%ED%A0%80", "0x10", "-1",
                "99999999999999999999999", "a".repeat(3_000), "%20", "%09", "null", "NaN");
    }

    private static List<String> queryValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("%00" + MARKER, "%1B%5B31m", "%ED%A0%80", "%C3%28",
                "a".repeat(5_000), "NaN", "-Infinity", "0x10", "-1", "-9223372036854775808", "9223372036854775808",
                "1e309", "%2B999999999-12-31T23:59:59Z", "[]", "%7B%7D"));
        if ("integer".equals(schema.path("type").asText())) {
            values.addAll(List.of("2147483648", "1000000", "1.5", "true"));
        }
        return values;
    }

    private List<JsonNode> wrongValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        String type = type(schema);
        values.add(NODES.objectNode().put(MARKER, 1));
        values.add(NODES.arrayNode().add(MARKER));
        if (!"boolean".equals(type)) {
            values.add(NODES.booleanNode(true));
        }
        if ("string".equals(type)) {
            values.add(NODES.numberNode(12345));
            values.add(NODES.numberNode(1.5));
            values.add(NODES.textNode(MARKER + "\u0000"));
            values.add(NODES.textNode(MARKER + "\u0007\u001b[31m"));
            values.add(NODES.textNode(MARKER + "\u0085"));
            values.add(NODES.textNode(MARKER + "x".repeat(100_000)));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.add(NODES.textNode(MARKER));
            values.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
            values.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
            values.add(NODES.numberNode(-9223372036854775808L));
            values.add(NODES.numberNode(1.5e300));
        } else if ("array".equals(type)) {
            values.add(NODES.textNode(MARKER));
            ArrayNode huge = NODES.arrayNode();
            for (int i = 0; i < 20_000; i++) {
                huge.add(i);
            }
            values.add(huge);
            values.add(NODES.arrayNode().add(NODES.nullNode()).add(MARKER + "\u0000"));
        } else if ("boolean".equals(type)) {
            values.add(NODES.textNode("yes"));
            values.add(NODES.numberNode(1));
        } else {
            values.add(NODES.textNode(MARKER));
            values.add(NODES.numberNode(7));
        }
        return values;
    }

    /** A body that matches the schema: every property present, with a plausible value. */
    private ObjectNode sample(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        ObjectNode body = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext();) {
            var property = it.next();
            body.set(property.getKey(), sampleValue(property.getValue(), 0));
        }
        return body;
    }

    private JsonNode sampleValue(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        String format = s.path("format").asText();
        return switch (type(s)) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(sampleValue(s.path("items"),
                    depth + 1));
            case "object" -> depth > 3 ? NODES.objectNode() : objectOf(s, depth);
            default -> "uuid".equals(format) ? NODES.textNode(UUID.randomUUID().toString())
                    : "date-time".equals(format) ? NODES.textNode("2031-01-01T20:00:00Z")
                    : s.has("enum") ? s.get("enum").get(0) : NODES.textNode(MARKER + "-value");
        };
    }

    private ObjectNode objectOf(JsonNode schema, int depth) {
        ObjectNode node = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            var property = it.next();
            node.set(property.getKey(), sampleValue(property.getValue(), depth + 1));
        }
        return node;
    }

    private JsonNode property(JsonNode schema, String name) {
        return resolve(resolve(schema).path("properties").path(name));
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.isMissingNode() ? (schema.has("properties") ? "object" : "string") : type.asText();
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            s = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        return s;
    }

    private static JsonNode requestSchema(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode json = content.path("application/json").path("schema");
        return json.isMissingNode() ? null : json;
    }

    private static String fill(String template, String value) {
        return template.replaceAll("\\{[^}]+}", value);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", TestAccounts.randomIp());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private void send(String method, String path, String contentType, String body, String token, String who) {
        HttpRequest.Builder request;
        try {
            request = request(path, token);
        } catch (IllegalArgumentException refusedByTheClient) {
            return; // covered by the raw-socket requests
        }
        exchange(method, path, request, contentType, body, who);
    }

    private void exchange(String method, String path, HttpRequest.Builder request, String contentType, String body,
            String who) {
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        requests++;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            check(method + " " + abbreviate(path) + " as " + who + (body == null ? "" : " with " + abbreviate(body)),
                    path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            failures.add(method + " " + abbreviate(path) + " as " + who + ": no answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(String what, String path, int status, String contentType, String body) {
        if (status >= 500) {
            serverErrors++;
            failures.add(what + ": " + status + " " + abbreviate(body));
        } else if (status >= 400 && path.startsWith("/api/") && !contentType.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " as " + contentType + " " + abbreviate(body));
        }
        if (LEAK.matcher(body).find()) {
            failures.add(what + ": " + status + " leaks " + abbreviate(body));
        }
    }

    /** What an HTTP client library refuses to send, written on the socket as an attacker would. */
    private void rawSocketAttacks() throws IOException {
        String huge = "x".repeat(20_000);
        List<String> heads = List.of(
                "GET /api/v1/events?q=<script>" + MARKER + " HTTP/1.1",
                "GET /?q=<script> HTTP/1.1",
                "GET /api/v1/events/%2F HTTP/1.1",
                "GET /events/%2F HTTP/1.1",
                "GET /api/v1/events/%00 HTTP/1.1",
                "GET /events/%00 HTTP/1.1",
                "GET /api/v1/events/..;/admin/users HTTP/1.1",
                "GET /api/..;/v1/admin/users HTTP/1.1",
                "GET /events/..;/admin HTTP/1.1",
                "GET /api/v1/events/a%5Cb HTTP/1.1",
                "GET /api/v1/events/{id} HTTP/1.1",
                "GET /api/v1/events/%ZZ HTTP/1.1",
                "GET /api/v1/" + huge + " HTTP/1.1",
                "GET /" + huge + " HTTP/1.1",
                "TRACE /api/v1/events HTTP/1.1",
                "TRACE / HTTP/1.1",
                "TRACK /api/v1/events HTTP/1.1",
                "OPTIONS /api/v1/events HTTP/1.1",
                "PROPFIND /api/v1/events HTTP/1.1",
                "GET /api/v1/events HTTP/9.9");
        for (String head : heads) {
            raw(head, "");
        }
        raw("GET /api/v1/events HTTP/1.1", "X-Huge: " + huge + "\r\n");
        raw("GET / HTTP/1.1", "X-Huge: " + huge + "\r\n");
        raw("GET /api/v1/events HTTP/1.1", "X-Bad: a\u0001b\r\n");
        raw("GET /api/v1/me HTTP/1.1", "Authorization: Bearer " + huge.substring(0, 6_000) + "\r\n");
        raw("POST /api/v1/auth/token HTTP/1.1", "Content-Type: application/json\r\nContent-Length: 99999\r\n");
        raw("POST /api/v1/auth/token HTTP/1.1", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "\r\nZZ\r\n{}\r\n0");
    }

    private void raw(String requestLine, String headers) throws IOException {
        requests++;
        String path = requestLine.split(" ")[1];
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String message = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
                    + (headers.contains("chunked") ? "\r\n" : "\r\n");
            out.write(message.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput(); // a body shorter than announced ends here, as a client that gave up
            String response = readAll(socket.getInputStream());
            if (response.isEmpty()) {
                return; // the connector closed the connection: no answer is no leak
            }
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip()).findFirst().orElse("");
            String what = "raw " + abbreviate(requestLine) + (headers.isEmpty() ? "" : " + " + abbreviate(headers));
            check(what, path, status, contentType, body);
            if (status >= 400 && !path.startsWith("/api/") && body.isEmpty() && !requestLine.startsWith("HEAD")) {
                failures.add(what + ": " + status + " with an empty body instead of the friendly page");
            }
        } catch (java.net.SocketTimeoutException e) {
            failures.add(abbreviate(requestLine) + ": no answer in 10 s");
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            in.transferTo(buffer);
        } catch (java.net.SocketException reset) {
            // The server may reset after answering; keep what came.
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
