/**
 * The web page at {@code /}: static files from the classpath folder {@code web/} (HTML, a few ES modules, one style
 * sheet) that call the public API. No server-side rendering; depends on Javalin's static file handling only.
 */
package org.festserver.server.web;
