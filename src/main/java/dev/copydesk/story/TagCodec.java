package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Tags as stored in a revision row: a JSON array, or null when there are none. */
public final class TagCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TagCodec() {
    }

    public static String encode(List<Tag> tags) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        ArrayNode array = JSON.createArrayNode();
        for (Tag t : tags) {
            array.addObject().put("kind", t.kind().name()).put("text", t.text());
        }
        return JSON.writeValueAsString(array);
    }

    public static List<Tag> decode(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Tag> tags = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            tags.add(new Tag(TagKind.valueOf(node.get("kind").asText()), node.get("text").asText()));
        }
        return List.copyOf(tags);
    }
}
