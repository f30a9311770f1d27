package dev.copydesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Any exception a view did not handle: logged with its stack, shown to the user as one calm sentence. */
@Component
class ViewErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ViewErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable t = event.getThrowable();
            String message = rootCause(t) instanceof AccessDeniedException
                    ? "You are not allowed to do that."
                    : "Something went wrong; nothing you typed was lost. Try again, or reload the page.";
            log.error("Unhandled error in the UI", t);
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }

        private static Throwable rootCause(Throwable t) {
            Throwable c = t;
            while (c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            return c;
        }
    }
}
