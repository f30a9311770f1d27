package dev.copydesk.cleanup;

/** One warmed LanguageTool per test JVM: building it costs seconds, checking with it milliseconds. */
final class Engines {

    private static final class Holder {
        static final GrammarChecker GRAMMAR = new GrammarChecker(HouseStyle.BRITISH, 2);
        static final CleanupEngine BRITISH;

        static {
            GRAMMAR.warmUpNow();
            BRITISH = new CleanupEngine(HouseStyle.BRITISH, GRAMMAR);
        }
    }

    private Engines() {
    }

    /** The warmed LanguageTool behind {@link #british()}. */
    static GrammarChecker grammar() {
        return Holder.GRAMMAR;
    }

    static CleanupEngine british() {
        return Holder.BRITISH;
    }

    /** Structure and text rules only: for tests that need no grammar check. */
    static CleanupEngine withoutGrammar() {
        return new CleanupEngine(HouseStyle.BRITISH, null);
    }
}
