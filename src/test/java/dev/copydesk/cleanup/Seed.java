package dev.copydesk.cleanup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed story split the way import splits it, with its defects moved to body offsets. */
record Seed(String headline, String body, String goldBody, List<Defect> defects) {

    record Defect(String id, String type, int start, int end, String original, String fix, String parent,
            String action, boolean uniqueInFile) {
    }

    static Seed load() {
        String raw = resource("seed/story-as-received.txt");
        String gold = resource("seed/story-gold.txt");
        int headlineEnd = raw.indexOf('\n');
        String headline = raw.substring(0, headlineEnd);
        int bodyStart = headlineEnd;
        while (raw.charAt(bodyStart) == '\n') {
            bodyStart++;
        }
        String goldBody = gold.substring(gold.indexOf("\n\n") + 2);
        List<Defect> defects = new ArrayList<>();
        JsonNode root = JsonMapper.builder().build().readTree(resource("seed/story-defects.json"));
        for (JsonNode d : root.get("defects")) {
            JsonNode parent = d.get("parent");
            JsonNode fix = d.get("fix");
            defects.add(new Defect(d.get("id").asText(), d.get("type").asText(), d.get("start").asInt() - bodyStart,
                    d.get("end").asInt() - bodyStart, d.get("original").asText(),
                    fix == null || fix.isNull() ? null : fix.asText(),
                    parent == null || parent.isNull() ? null : parent.asText(), d.get("action").asText(),
                    d.get("unique_in_file").asBoolean()));
        }
        return new Seed(headline, raw.substring(bodyStart), goldBody, defects);
    }

    static String resource(String path) {
        try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
