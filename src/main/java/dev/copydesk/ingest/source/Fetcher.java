package dev.copydesk.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.copydesk.ingest.BoundedReader;
import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.format.IngestLimits;

/**
 * Fetches a feed or a page over HTTP(S): a time limit for the whole fetch, the body included (HttpClient's own
 * timeout stops at the headers); the size counted as it arrives; up to {@value #MAX_REDIRECTS} redirects, each hop
 * checked. A link from a feed may not lead to a loopback, link-local, private or multicast address (cloud metadata,
 * the desk's own server, the office network) unless it stays on the feed's own host, which the admin chose; {@code
 * copydesk.ingest.allow-private-addresses=true} lifts that for a desk whose wire server is on its own network.
 */
final class Fetcher {

    /** A fetched document and the type its server declared (may be null). */
    record Fetched(byte[] bytes, String contentType) {
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The whole fetch of one document, headers and body. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_REDIRECTS = 5;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final boolean allowPrivate;

    Fetcher(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Fetches {@code url}; {@code trustedHost} (the feed's own host, or null) may be a private address. */
    Fetched get(String url, String trustedHost) {
        long deadline = System.nanoTime() + FETCH_TIMEOUT.toNanos();
        URI uri = uri(url);
        for (int hop = 0; ; hop++) {
            checkAddress(uri, trustedHost);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(FETCH_TIMEOUT)
                    .header("User-Agent", "Copydesk ingest").header("Accept", "*/*").GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                    response.body().close();
                    if (hop >= MAX_REDIRECTS) {
                        throw new FetchException("More than " + MAX_REDIRECTS + " redirects from " + url + ".");
                    }
                    uri = uri(uri.resolve(response.headers().firstValue("Location").get()).toString());
                    continue;
                }
                if (status / 100 != 2) {
                    response.body().close();
                    throw new FetchException("HTTP " + status + " from " + uri);
                }
                byte[] bytes = readBefore(response.body(), deadline, uri);
                return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null));
            } catch (IOException | UncheckedIOException e) {
                throw new FetchException("Could not fetch " + uri + ": " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("Fetching " + uri + " was interrupted.");
            }
        }
    }

    /** Reads the body on a virtual thread; past the deadline the stream is closed, which ends the read. */
    private static byte[] readBefore(InputStream body, long deadline, URI uri) throws InterruptedException {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread.ofVirtual().name("ingest-read").start(() -> {
            try {
                read.complete(BoundedReader.readAtMost(body, IngestLimits.MAX_DOCUMENT_BYTES, "The document at " + uri
                        + " is larger than " + IngestLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB."));
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
            }
        });
        try {
            return read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing is how the read is stopped; its own failure changes nothing
            }
            throw new FetchException("Fetching " + uri + " took longer than " + FETCH_TIMEOUT.toSeconds() + " s.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImportException ie) {
                throw new FetchException(ie.getMessage());
            }
            throw new FetchException("Could not read " + uri + ": " + cause.getMessage());
        }
    }

    private void checkAddress(URI uri, String trustedHost) {
        if (allowPrivate || trustedHost != null && trustedHost.equalsIgnoreCase(uri.getHost())) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress()) {
                    throw new FetchException("Not fetched: " + uri.getHost() + " is a private or local address ("
                            + a.getHostAddress() + "), and links from a feed may only lead to public sites or to the "
                            + "feed's own host.");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchException("Could not fetch " + uri + ": the host " + uri.getHost() + " is not known.");
        }
    }

    static URI uri(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException("Only http:// and https:// addresses can be fetched: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException("Not a web address: " + url);
        }
    }

    /** A source or item could not be fetched; the message says why, for the ingest view. */
    static final class FetchException extends RuntimeException {
        FetchException(String message) {
            super(message);
        }
    }
}
