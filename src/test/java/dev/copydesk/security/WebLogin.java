package dev.copydesk.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like client over real HTTP: its own cookie jar, no redirects followed, and the login form posted
 * as Vaadin's LoginForm posts it (username, password and the CSRF token the login page hands out).
 */
final class WebLogin {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    final int port;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;

    WebLogin(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Posts the login form with the token from Vaadin's bootstrap page; the answer is 302 to the app on success,
     * to /login?error on failure.
     */
    HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        String parameter = "_csrf";
        String token = null;
        Matcher meta = META.matcher(page.body());
        while (meta.find()) {
            if (meta.group(1).equals("_csrf_parameter")) {
                parameter = meta.group(2);
            } else {
                token = meta.group(2);
            }
        }
        if (token == null) {
            throw new AssertionError("/login is not Vaadin's login view (no CSRF meta tag): " + page.body());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&" + encode(parameter) + "="
                + encode(token);
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    WebLogin loggedIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = postLogin(username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("login of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /** Whether this client's session is logged in: the desk answers, instead of sending it to the login page. */
    boolean hasLiveSession() throws IOException, InterruptedException {
        HttpResponse<String> desk = get("/");
        if (desk.statusCode() == 200) {
            return true;
        }
        if (desk.statusCode() == 302 && desk.headers().firstValue("Location").orElse("").contains("/login")) {
            return false;
        }
        throw new AssertionError("unexpected answer for /: " + desk.statusCode() + " " + desk.headers().map());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A stateless API call with HTTP Basic, as scripts make them. */
    HttpResponse<String> api(String username, String password, String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
