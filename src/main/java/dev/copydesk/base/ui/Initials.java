package dev.copydesk.base.ui;

import java.util.Locale;

/** A person's initials for a small badge: "Ana Lopez" → "AL", "ana.lopez" → "AL", "editor" → "ED". */
public final class Initials {

    private Initials() {
    }

    public static String of(String name) {
        String[] parts = name.strip().split("[\\s._-]+");
        String out = parts.length > 1 && !parts[1].isEmpty()
                ? parts[0].substring(0, 1) + parts[1].substring(0, 1)
                : parts[0].substring(0, Math.min(2, parts[0].length()));
        return out.toUpperCase(Locale.ROOT);
    }
}
