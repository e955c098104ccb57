/**
 * The HTTP adapter: one app factory ({@link org.casemark.http.CasemarkServer}) shared by {@code serve} and the
 * tests; handlers only translate HTTP to core, quiz and store calls and back; one error policy at the edge (RFC 9457
 * problem+json, no stack trace to clients). The only package that imports {@code io.javalin}.
 */
package org.casemark.http;
