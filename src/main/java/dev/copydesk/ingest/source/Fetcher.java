package dev.copydesk.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import dev.copydesk.ingest.BoundedReader;
import dev.copydesk.ingest.ImportException;
import dev.copydesk.ingest.format.IngestLimits;

/** Fetches a feed or a page over HTTP(S): timeouts, redirects followed, the size counted as it arrives. */
final class Fetcher {

    /** A fetched document and the type its server declared (may be null). */
    record Fetched(byte[] bytes, String contentType) {
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    Fetched get(String url) {
        URI uri = uri(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT)
                .header("User-Agent", "Copydesk ingest").header("Accept", "*/*").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new FetchException("HTTP " + response.statusCode() + " from " + url);
                }
                byte[] bytes = BoundedReader.readAtMost(body, IngestLimits.MAX_DOCUMENT_BYTES, "The document at "
                        + url + " is larger than " + IngestLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB.");
                return new Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new FetchException("Could not fetch " + url + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("Fetching " + url + " was interrupted.");
        } catch (ImportException e) {
            throw new FetchException(e.getMessage());
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
