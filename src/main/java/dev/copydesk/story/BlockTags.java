package dev.copydesk.story;

import java.util.ArrayList;
import java.util.List;

import dev.copydesk.text.Block;
import dev.copydesk.text.BlockKind;
import dev.copydesk.text.Body;

/**
 * Tags as the editor and the API name them ({@link Tag}: a kind and the tagged text) mapped onto block kinds,
 * which is how a revision stores them. A tag names the block with that text; a tag on part of a paragraph
 * (an insert glued to real text) splits the paragraph so the tagged part becomes a block of its own, since a
 * kind belongs to a whole block. A tag whose text is gone tags nothing.
 */
public final class BlockTags {

    private BlockTags() {
    }

    /** {@code body} with exactly these tags: every other block is TEXT. */
    public static Body apply(Body body, List<Tag> tags) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : body.blocks()) {
            blocks.add(b.kind() == BlockKind.TEXT ? b : b.withKind(BlockKind.TEXT));
        }
        Body out = Body.of(blocks);
        for (Tag tag : tags) {
            out = tag(out, tag);
        }
        return out;
    }

    /** The tags of a body: its blocks that are not TEXT, in order. */
    public static List<Tag> of(Body body) {
        return body.blocks().stream().filter(b -> b.kind() != BlockKind.TEXT)
                .map(b -> new Tag(kindOf(b.kind()), b.text())).toList();
    }

    static BlockKind kindOf(TagKind kind) {
        return kind == TagKind.AD ? BlockKind.AD : BlockKind.BOILERPLATE;
    }

    static TagKind kindOf(BlockKind kind) {
        return kind == BlockKind.AD ? TagKind.AD : TagKind.BOILERPLATE;
    }

    private static Body tag(Body body, Tag tag) {
        String wanted = Body.canonical(tag.text());
        if (wanted.isEmpty()) {
            return body;
        }
        boolean any = false;
        for (Block b : body.blocks()) {
            if (b.text().equals(wanted)) {
                body = body.withKind(b.id(), kindOf(tag.kind()));
                any = true;
            }
        }
        if (any || wanted.contains(Body.SEPARATOR)) {
            return body;
        }
        for (int i = 0; i < body.size(); i++) {
            Block b = body.blocks().get(i);
            int at = b.text().indexOf(wanted);
            if (at >= 0) {
                return body.split(b.id(), at, at + wanted.length(), kindOf(tag.kind()));
            }
        }
        return body;
    }
}
