package dev.copydesk.text;

/**
 * One paragraph of a body: a stable id (kept while its text is edited, so holds, comments and merges can name
 * it), its kind and its text. The text is one line, non-blank, with no white space at either end.
 */
public record Block(String id, BlockKind kind, String text) {

    public Block {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A block needs an id");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A block needs a kind");
        }
        if (text == null || Body.isBlankLine(text) || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || !Body.trimLine(text).equals(text)) {
            throw new IllegalArgumentException("A block's text is one non-blank line without outer white space");
        }
    }

    public Block withText(String newText) {
        return new Block(id, kind, newText);
    }

    public Block withKind(BlockKind newKind) {
        return new Block(id, newKind, text);
    }
}
