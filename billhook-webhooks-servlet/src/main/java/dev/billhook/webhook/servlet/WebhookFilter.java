package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookDispatcher;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * Answers webhook deliveries before the rest of the application sees them: a POST to the configured
 * path is verified, dispatched and answered here; every other request (another path, or another
 * method on this path) goes down the chain untouched.
 *
 * <pre>{@code
 * servletContext.addFilter("commet-webhooks", new WebhookFilter(dispatcher, "/webhooks/commet"))
 *     .addMappingForUrlPatterns(null, false, "/*");
 * }</pre>
 *
 * <p>Use it when a framework servlet already owns {@code /} and would otherwise consume or convert
 * the body first; otherwise prefer {@link WebhookServlet}. The path is compared exactly (no
 * wildcards, no trailing-slash folding) against the request's path inside the web application, that
 * is servlet path plus path info, as decoded and normalized by the container. Answers are those of
 * {@link WebhookServlet} for POST. Thread-safe.
 */
public final class WebhookFilter implements Filter {
    private final WebhookDispatcher dispatcher;
    private final String path;

    /**
     * Answers POSTs to {@code path} with {@code dispatcher}.
     *
     * @param path a path inside the web application, starting with {@code /}, e.g. {@code
     *     /webhooks/commet}
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}
     */
    public WebhookFilter(WebhookDispatcher dispatcher, String path) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got \"" + path + "\"");
        }
        this.path = path;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse httpResponse
                && "POST".equals(http.getMethod())
                && path.equals(pathInApplication(http))) {
            ServletExchange.answer(dispatcher, http, httpResponse);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static String pathInApplication(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }
}
