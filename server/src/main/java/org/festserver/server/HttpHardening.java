package org.festserver.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.festserver.server.problem.JettyErrors;

/**
 * The HTTP listener's limits ({@link ServerConfig.Http}): request line plus headers bounded (414/431), idle
 * connections closed, Jetty's own errors as problem+json without stack traces, and CORS only for the configured
 * origins ({@link Cors}, off by default). Request bodies are bounded by Javalin ({@code maxRequestSize}) and multipart uploads by
 * the multipart configuration, both set in {@link CatalogServer}.
 */
final class HttpHardening {
  private HttpHardening() {}

  static void apply(JavalinConfig cfg, ServerConfig.Http http) {
    long idleMillis = http.idleTimeoutSeconds() * 1000L;
    cfg.jetty.modifyHttpConfiguration(httpConfig -> {
      httpConfig.setRequestHeaderSize(http.maxHeaderBytes());
      httpConfig.setIdleTimeout(idleMillis);
      httpConfig.setSendServerVersion(false);
      httpConfig.setSendXPoweredBy(false);
    });
    cfg.jetty.modifyServer(server -> {
      server.setErrorHandler(new JettyErrors());
      server.addEventListener(new LifeCycle.Listener() {
        @Override
        public void lifeCycleStarting(LifeCycle event) {
          for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector) {
              ((ServerConnector) connector).setIdleTimeout(idleMillis);
            }
          }
        }
      });
    });
    cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
    Cors cors = new Cors(http.corsOrigins());
    if (cors.enabled()) {
      cfg.routes.before("/api/*", cors::headers);
      cfg.routes.options("/api/*", cors::preflight);
    }
  }
}
