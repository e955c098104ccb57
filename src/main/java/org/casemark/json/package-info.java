/** JSON as the adapters (CLI, HTTP) write it: one configured Jackson mapper. Depends on Jackson and the core values. */
package org.casemark.json;
