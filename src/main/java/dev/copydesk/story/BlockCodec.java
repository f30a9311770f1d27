package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;

import dev.copydesk.text.Block;
import dev.copydesk.text.BlockKind;
import dev.copydesk.text.Body;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A body as a revision stores it: a JSON array of {@code {"id", "kind", "text"}}, in order. The row's
 * {@code body} column holds the same body rendered (for search and the export); the blocks are authoritative.
 */
public final class BlockCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BlockCodec() {
    }

    public static String encode(Body body) {
        ArrayNode array = JSON.createArrayNode();
        for (Block b : body.blocks()) {
            array.addObject().put("id", b.id()).put("kind", b.kind().name()).put("text", b.text());
        }
        return JSON.writeValueAsString(array);
    }

    /** The stored blocks, or, for a row written before blocks were stored, its text parsed. */
    public static Body decode(String json, String text) {
        if (json == null || json.isBlank()) {
            return Body.parse(text);
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            blocks.add(new Block(node.get("id").asString(), BlockKind.valueOf(node.get("kind").asString()),
                    node.get("text").asString()));
        }
        return Body.of(blocks);
    }
}
