package dev.copydesk.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.copydesk.base.ui.Notifications;
import dev.copydesk.base.ui.Times;
import dev.copydesk.review.CommentService;
import dev.copydesk.review.CommentView;
import dev.copydesk.story.InvalidStoryException;

/** A story's discussion, shared by editors and reviewers. */
public class CommentsThread extends VerticalLayout {

    private final CommentService comments;
    private final Div list = new Div();
    private final TextArea text = new TextArea();
    private long storyId;

    public CommentsThread(CommentService comments) {
        this.comments = comments;
        setPadding(false);
        text.setPlaceholder("Add a comment");
        text.setWidthFull();
        text.setId("comment-text");
        Button post = new Button("Comment", click -> post());
        post.setId("comment-post");
        list.setId("comments");
        add(new H4("Comments"), list, text, post);
    }

    public void show(long storyId) {
        show(storyId, List.of());
    }

    /** Shows the thread; a comment anchored to a paragraph says which ({@code blockIds}: the story's, in order). */
    public void show(long storyId, List<String> blockIds) {
        this.storyId = storyId;
        list.removeAll();
        for (CommentView c : comments.comments(storyId)) {
            String on = c.blockId() == null ? "" : blockIds.contains(c.blockId())
                    ? " on paragraph " + (blockIds.indexOf(c.blockId()) + 1) : " on a paragraph since removed";
            Div line = new Div(new Span(c.username() + on + ", " + Times.MEDIUM.format(c.createdAt()) + ": "),
                    new Span(c.text()));
            line.addClassName("copydesk-comment");
            list.add(line);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Span("No comments yet."));
        }
    }

    private void post() {
        try {
            comments.comment(storyId, text.getValue());
            text.clear();
            show(storyId);
        } catch (InvalidStoryException e) {
            Notifications.error(e.getMessage());
        }
    }
}
