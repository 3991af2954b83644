package org.ticketgrid.bench;

import java.util.function.Function;

/** The command-line conventions every benchmark shares. */
final class Cli {

    private Cli() {
    }

    /**
     * The parsed options, or the process ends: {@code --help} prints the usage and exits 0, a bad
     * option prints why and exits 2 (parsers signal both with an IllegalArgumentException whose
     * message is the usage, or the reason).
     */
    static <T> T optionsOrExit(Function<String[], T> parse, String usage, String[] args) {
        try {
            return parse.apply(args);
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().equals(usage);
            (help ? System.out : System.err).println(e.getMessage());
            System.exit(help ? 0 : 2);
            throw e;
        }
    }
}
