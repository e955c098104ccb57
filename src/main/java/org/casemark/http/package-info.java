/**
 * The HTTP adapter: one app factory ({@link org.casemark.http.CasemarkServer}) shared by {@code serve} and the
 * tests; handlers only translate HTTP to core, quiz, batch and store calls and back (a class's upload is parsed as
 * multipart here, read into items by {@code org.casemark.batch}); one error policy at the edge (RFC 9457
 * problem+json, no stack trace to clients). In front of the routes, Jetty handlers of its own read every body
 * without holding a thread, refuse unknown methods and answer Jetty's own errors in the same shape; every limit is
 * declared in {@link org.casemark.http.Limits}. It also serves the web pages ({@link org.casemark.http.Pages}: static
 * HTML, CSS and JavaScript modules and WebJars, under one Content-Security-Policy set by the edge handler), which call
 * the same API. The only package that imports {@code io.javalin} or Jetty's server
 * ({@code org.casemark.webhook} uses Jetty's HTTP client to call callbacks).
 */
package org.casemark.http;
